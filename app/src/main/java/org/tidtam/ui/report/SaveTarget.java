package org.tidtam.ui.report;

import java.nio.file.Path;

/**
 * Where to write, and whether the user already agreed to replace that very file (the system's save dialog
 * asks before it returns an existing name; Tidtam then must not ask a second time).
 */
public record SaveTarget(Path file, boolean replaceConfirmed) {
    public SaveTarget {
        if (file == null) {
            throw new IllegalArgumentException("a save target needs a file");
        }
    }
}
