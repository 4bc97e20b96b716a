package org.tidtam.intake;

import java.util.List;

/** What one format reader hands back to {@link FileIntake}. */
record Extracted(String text, String encoding, int pageCount, List<IntakeWarning> warnings) {
    Extracted {
        warnings = List.copyOf(warnings);
    }
}
