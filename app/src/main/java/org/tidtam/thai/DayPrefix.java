package org.tidtam.thai;

import java.time.DayOfWeek;

/**
 * The words that may stand before a day number, read backwards from it: "วันที่ ", "วันพุธที่ ",
 * "วันพุธ ", "วัน พุธ ที่". The date's words then start at วัน, and the weekday is kept to check the date.
 *
 * @param start   where the date's words start (the day number itself when there is no prefix)
 * @param weekday the weekday named, or null
 */
record DayPrefix(int start, DayOfWeek weekday) {
    private static final String[] WEEKDAYS = {"จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "พฤหัส", "ศุกร์", "เสาร์",
        "อาทิตย์"};

    static DayPrefix before(CharSequence text, int dayStart) {
        int i = skipSpace(text, dayStart);
        boolean thi = endsWith(text, i, "ที่");
        // OCR often loses the tone mark: "ภายในวันที ๓๐ เมษายน".
        boolean lostMark = !thi && endsWith(text, i, "ที") && endsWith(text, i - "ที".length(), "วัน");
        if (thi || lostMark) {
            i = skipSpace(text, i - (thi ? "ที่" : "ที").length());
            thi = true;
        }
        DayOfWeek wd = null;
        for (String name : WEEKDAYS) {
            if (endsWith(text, i, name)) {
                wd = ThaiWeekdays.parse(name);
                i = skipSpace(text, i - name.length());
                break;
            }
        }
        if ((thi || wd != null) && endsWith(text, i, "วัน")) {
            return new DayPrefix(i - "วัน".length(), wd);
        }
        return new DayPrefix(dayStart, null);
    }

    /** Up to three spaces or a line break: "ภายในวันที่\n๒๘ มีนาคม" (the number wrapped to the next line). */
    private static int skipSpace(CharSequence text, int end) {
        int i = end;
        while (i > 0 && i > end - 3 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static boolean endsWith(CharSequence text, int end, String word) {
        int start = end - word.length();
        if (start < 0) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(start + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
