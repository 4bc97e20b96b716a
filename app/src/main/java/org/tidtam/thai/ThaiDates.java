package org.tidtam.thai;

import java.time.LocalDate;
import java.util.List;

/** Reading a single date field, such as a letter's date line or a receiving stamp's วันที่. */
public final class ThaiDates {
    private ThaiDates() { }

    /**
     * The first date written in {@code text} (any digits, any form of {@link DateForm}); a missing year is
     * taken relative to {@code reference}, or the date is null when that is null too.
     */
    public static LocalDate parseFirst(String text, LocalDate reference) {
        String clean = OcrNormalizer.normalize(text).text();
        List<DateMatch> found = ThaiDateScanner.scan(clean);
        if (found.isEmpty()) {
            return null;
        }
        ResolvedDate r = found.get(0).resolve(reference);
        return r == null ? null : r.first();
    }
}
