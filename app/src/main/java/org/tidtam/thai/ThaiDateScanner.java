package org.tidtam.thai;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every written date in normalised text (Arabic digits, see {@link OcrNormalizer}): the forms of
 * {@link DateForm}. Adjacent dates joined by "-", "ถึง" or "จนถึง" become one range
 * ("ตั้งแต่วันที่ ๑ ถึงวันที่ ๕ มีนาคม" → 1–5 March). Patterns are compiled once and avoid nested
 * repetition, so a scan is linear in the text. Thread-safe.
 */
public final class ThaiDateScanner {
    private static final String WD = ThaiWeekdays.REGEX;
    private static final String MONTH = ThaiMonths.REGEX;
    private static final String PREFIX = "(?:วัน\\s?(" + WD + ")?\\s?ที่\\s?|วัน(" + WD + ")\\s?)?";
    private static final String YEAR = "(?:\\s?(?:(ค\\.\\s?ศ\\.)|พ\\.\\s?ศ\\.)?\\s?(\\d{4}|\\d{2})(?!\\d))?";

    /** Groups: 1,2 weekday; 3 day; 4 end day; 5 month; 6 ค.ศ.; 7 year. */
    private static final Pattern DAY_MONTH = Pattern.compile(PREFIX
            + "(?<![\\d.])(\\d{1,2})(?!\\d)(?:\\s?(?:-|ถึง(?:วันที่)?|และ)\\s?(\\d{1,2})(?!\\d))?"
            + "\\s?(?:เดือน\\s?)?(" + MONTH + ")" + YEAR);

    /** Groups: 1,2 weekday; 3 day; 4 separator; 5 month; 6 year. */
    private static final Pattern NUMERIC = Pattern.compile(PREFIX
            + "(?<![\\d./])(\\d{1,2})\\s?([/.])\\s?(\\d{1,2})\\s?\\4\\s?(\\d{4}|\\d{2})(?![\\d/]|\\.\\d)");

    /** Groups: 1 month; 2 end month; 3 ค.ศ.; 4 year. */
    private static final Pattern MONTH_ONLY = Pattern.compile("เดือน\\s?(" + MONTH + ")"
            + "(?:\\s?(?:-|ถึง|จนถึง)\\s?(?:เดือน\\s?)?(" + MONTH + "))?" + YEAR);

    private static final Pattern JOINER = Pattern.compile("\\s{0,3}(?:-|ถึง|จนถึง)\\s{0,3}");
    private static final int MAX_JOIN = 12;

    private ThaiDateScanner() { }

    /** Every date in {@code text}, in order, ranges joined, overlaps removed. */
    public static List<DateMatch> scan(CharSequence text) {
        List<DateMatch> all = new ArrayList<>();
        dayMonth(text, all);
        numeric(text, all);
        months(text, all);
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        return join(text, dropOverlaps(all));
    }

    private static void dayMonth(CharSequence text, List<DateMatch> out) {
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            int month = ThaiMonths.parse(m.group(5));
            int year = year(m.group(7), m.group(6) != null);
            int day = Integer.parseInt(m.group(3));
            if (month == 0 || day < 1 || day > 31) {
                continue;
            }
            DayOfWeek wd = weekday(m.group(1), m.group(2));
            if (m.group(4) != null) {
                int endDay = Integer.parseInt(m.group(4));
                out.add(new DateMatch(m.start(), m.end(), DateForm.DAY_RANGE, day, month, year,
                        endDay, month, year, wd));
            } else {
                DateForm f = year > 0 ? DateForm.DAY_MONTH_YEAR : DateForm.DAY_MONTH;
                out.add(new DateMatch(m.start(), m.end(), f, day, month, year, 0, 0, 0, wd));
            }
        }
    }

    private static void numeric(CharSequence text, List<DateMatch> out) {
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(3));
            int month = Integer.parseInt(m.group(5));
            int year = year(m.group(6), false);
            if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && year > 0) {
                out.add(new DateMatch(m.start(), m.end(), DateForm.NUMERIC, day, month, year, 0, 0, 0,
                        weekday(m.group(1), m.group(2))));
            }
        }
    }

    private static void months(CharSequence text, List<DateMatch> out) {
        Matcher m = MONTH_ONLY.matcher(text);
        while (m.find()) {
            int month = ThaiMonths.parse(m.group(1));
            int endMonth = m.group(2) == null ? 0 : ThaiMonths.parse(m.group(2));
            int year = year(m.group(4), m.group(3) != null);
            DateForm f = endMonth > 0 ? DateForm.MONTH_RANGE : DateForm.MONTH;
            out.add(new DateMatch(m.start(), m.end(), f, 1, month, endMonth > 0 ? 0 : year,
                    endMonth > 0 ? 0 : 0, endMonth, endMonth > 0 ? year : 0, null));
        }
    }

    private static int year(String written, boolean christian) {
        if (written == null) {
            return 0;
        }
        return BuddhistEra.toChristian(Integer.parseInt(written), written.length(), christian);
    }

    private static DayOfWeek weekday(String a, String b) {
        String s = a != null ? a : b;
        return s == null ? null : ThaiWeekdays.parse(s);
    }

    private static List<DateMatch> dropOverlaps(List<DateMatch> sorted) {
        List<DateMatch> out = new ArrayList<>(sorted.size());
        int reach = -1;
        for (DateMatch d : sorted) {
            if (d.start() >= reach) {
                out.add(d);
                reach = d.end();
            }
        }
        return out;
    }

    private static List<DateMatch> join(CharSequence text, List<DateMatch> list) {
        List<DateMatch> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            DateMatch a = list.get(i);
            if (i + 1 < list.size() && !a.isRange() && joins(text, a, list.get(i + 1))) {
                out.add(a.through(list.get(i + 1)));
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean joins(CharSequence text, DateMatch a, DateMatch b) {
        int gap = b.start() - a.end();
        if (gap < 0 || gap > MAX_JOIN || a.isWholeMonth() != b.isWholeMonth()) {
            return false;
        }
        return JOINER.matcher(text.subSequence(a.end(), b.start())).matches();
    }
}
