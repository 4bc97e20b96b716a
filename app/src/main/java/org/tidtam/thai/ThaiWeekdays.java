package org.tidtam.thai;

import java.time.DayOfWeek;

/** Thai weekday names as written after วัน (วันพุธที่ …), with OCR's shortened พฤหัส. */
public final class ThaiWeekdays {
    /** Alternation of weekday names, no capturing groups; พฤหัสบดี before พฤหัส. */
    public static final String REGEX = "(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)";

    private ThaiWeekdays() { }

    /** The day named, or null if the text names none. */
    public static DayOfWeek parse(CharSequence name) {
        String s = name.toString();
        if (s.startsWith("จันทร")) {
            return DayOfWeek.MONDAY;
        } else if (s.startsWith("อังคาร")) {
            return DayOfWeek.TUESDAY;
        } else if (s.startsWith("พุธ")) {
            return DayOfWeek.WEDNESDAY;
        } else if (s.startsWith("พฤหัส")) {
            return DayOfWeek.THURSDAY;
        } else if (s.startsWith("ศุกร")) {
            return DayOfWeek.FRIDAY;
        } else if (s.startsWith("เสาร")) {
            return DayOfWeek.SATURDAY;
        } else if (s.startsWith("อาทิตย")) {
            return DayOfWeek.SUNDAY;
        }
        return null;
    }
}
