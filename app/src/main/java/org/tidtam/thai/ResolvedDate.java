package org.tidtam.thai;

import java.time.LocalDate;

/**
 * The days a written date means.
 *
 * @param first         the day, or the first day of a range or month
 * @param last          the last day of a range or month, null for a single day
 * @param yearInferred  true when the text gave no year and it was taken from a reference day
 */
public record ResolvedDate(LocalDate first, LocalDate last, boolean yearInferred) {
    public ResolvedDate {
        if (first == null) {
            throw new IllegalArgumentException("a resolved date needs a first day");
        }
    }
}
