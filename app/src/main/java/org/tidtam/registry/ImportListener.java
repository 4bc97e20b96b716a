package org.tidtam.registry;

import java.nio.file.Path;

/**
 * Progress of an import, called on the importing thread (a GUI hands the values to its own thread).
 * {@code done} counts files finished, of {@code total}.
 */
public interface ImportListener {
    ImportListener NONE = new ImportListener() { };

    /** About to read file (done files finished so far). */
    default void starting(int done, int total, Path file) { }

    /** A file is finished. */
    default void finished(int done, int total, FileOutcome outcome) { }
}
