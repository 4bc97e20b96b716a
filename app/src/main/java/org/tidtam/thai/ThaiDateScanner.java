package org.tidtam.thai;

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
    private static final String MONTH = ThaiMonths.REGEX;
    private static final String YEAR = "(?:\\s{0,3}(?:(ค\\.\\s?ศ\\.)|พ\\.\\s?ศ\\.)?\\s{0,2}(\\d{4}|\\d{2})(?!\\d))?";

    /** From the day's first digit. Groups: 1 day; 2 end day; 3 month; 4 ค.ศ.; 5 year. */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(\\d{1,2})(?!\\d)(?:\\s{0,3}(?:-|ถึง(?:วันที่)?|และ)\\s{0,3}(\\d{1,2})(?!\\d))?"
            + "\\s{0,3}(?:เดือน\\s{0,2})?(" + MONTH + ")" + YEAR);

    /** From the day's first digit. Groups: 1 day; 2 separator; 3 month; 4 year. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{1,2})\\s?([/.])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4}|\\d{2})(?![\\d/]|\\.\\d)");

    /** From เดือน. Groups: 1 month; 2 end month; 3 ค.ศ.; 4 year. */
    private static final Pattern MONTH_ONLY = Pattern.compile("เดือน\\s?(" + MONTH + ")"
            + "(?:\\s?(?:-|ถึง|จนถึง)\\s?(?:เดือน\\s?)?(" + MONTH + "))?" + YEAR);

    private static final Pattern JOINER = Pattern.compile("\\s{0,3}(?:-|ถึง|จนถึง)\\s{0,3}");
    private static final int MAX_JOIN = 12;

    private ThaiDateScanner() { }

    /**
     * Every date in {@code text}, in order, ranges joined, overlaps removed. Patterns are tried only where a
     * date can start (a digit run, the word เดือน), which keeps the scan fast on long letters.
     */
    public static List<DateMatch> scan(CharSequence text) {
        List<DateMatch> all = new ArrayList<>();
        Matcher dayMonth = DAY_MONTH.matcher(text);
        Matcher numeric = NUMERIC.matcher(text);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                char prev = i == 0 ? ' ' : text.charAt(i - 1);
                if (!isDigit(prev) && prev != '.') {
                    if (!dayMonth(text, i, dayMonth, all) && prev != '/') {
                        numeric(text, i, numeric, all);
                    }
                }
            }
        }
        months(text, all);
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        return join(text, dropOverlaps(all));
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private static boolean dayMonth(CharSequence text, int i, Matcher m, List<DateMatch> out) {
        m.region(i, text.length());
        if (!m.lookingAt()) {
            return false;
        }
        int month = ThaiMonths.parse(m.group(3));
        int year = year(m.group(5), m.group(4) != null);
        int day = Integer.parseInt(m.group(1));
        if (month == 0 || day < 1 || day > 31) {
            return false;
        }
        DayPrefix p = DayPrefix.before(text, i);
        if (m.group(2) != null) {
            int endDay = Integer.parseInt(m.group(2));
            out.add(new DateMatch(p.start(), m.end(), DateForm.DAY_RANGE, day, month, year, endDay, month, year,
                    p.weekday()));
        } else {
            DateForm f = year > 0 ? DateForm.DAY_MONTH_YEAR : DateForm.DAY_MONTH;
            out.add(new DateMatch(p.start(), m.end(), f, day, month, year, 0, 0, 0, p.weekday()));
        }
        return true;
    }

    private static void numeric(CharSequence text, int i, Matcher m, List<DateMatch> out) {
        m.region(i, text.length());
        if (!m.lookingAt()) {
            return;
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(3));
        int year = year(m.group(4), false);
        if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && year > 0) {
            DayPrefix p = DayPrefix.before(text, i);
            out.add(new DateMatch(p.start(), m.end(), DateForm.NUMERIC, day, month, year, 0, 0, 0, p.weekday()));
        }
    }

    private static void months(CharSequence text, List<DateMatch> out) {
        String s = text.toString();
        Matcher m = MONTH_ONLY.matcher(s);
        for (int i = s.indexOf("เดือน"); i >= 0; i = s.indexOf("เดือน", i + 1)) {
            m.region(i, s.length());
            if (!m.lookingAt()) {
                continue;
            }
            int month = ThaiMonths.parse(m.group(1));
            int endMonth = m.group(2) == null ? 0 : ThaiMonths.parse(m.group(2));
            int year = year(m.group(4), m.group(3) != null);
            DateForm f = endMonth > 0 ? DateForm.MONTH_RANGE : DateForm.MONTH;
            out.add(new DateMatch(m.start(), m.end(), f, 1, month, endMonth > 0 ? 0 : year,
                    0, endMonth, endMonth > 0 ? year : 0, null));
        }
    }

    private static int year(String written, boolean christian) {
        if (written == null) {
            return 0;
        }
        return BuddhistEra.toChristian(Integer.parseInt(written), written.length(), christian);
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
