package org.tidtam.thai;

import java.time.LocalDate;
import java.util.List;

/**
 * Dates as the register prints them: day, Thai month name, Buddhist-era year (พ.ศ. = ค.ศ. + 543).
 * Written by hand so the output does not depend on the runtime's locale data.
 */
public final class ThaiDateFormat {
    public static final int BE_OFFSET = 543;
    private static final List<String> MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
            "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");

    private ThaiDateFormat() { }

    /** "๒๕ ธันวาคม ๒๕๖๗" (Thai digits); "" for null. */
    public static String format(LocalDate date) { return ThaiDigits.toThai(formatArabic(date)); }

    /** "25 ธันวาคม 2567"; "" for null. */
    public static String formatArabic(LocalDate date) {
        if (date == null) {
            return "";
        }
        return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + (date.getYear() + BE_OFFSET);
    }
}
