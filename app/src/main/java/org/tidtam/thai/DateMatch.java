package org.tidtam.thai;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date written in the text, as read: day, month and year fields (year 0 when not written, Christian era
 * otherwise), an optional end for ranges, the weekday if named. Offsets are into the scanned (normalised)
 * text, from the leading วัน…ที่ to the year.
 */
public record DateMatch(int start, int end, DateForm form, int day, int month, int year,
                        int endDay, int endMonth, int endYear, DayOfWeek weekday) {

    public DateMatch {
        if (start < 0 || end < start || form == null || month < 1 || month > 12) {
            throw new IllegalArgumentException("bad date match " + start + ".." + end + " " + form + " " + month);
        }
    }

    public boolean isRange() { return endMonth > 0; }

    public boolean isWholeMonth() { return form == DateForm.MONTH || form == DateForm.MONTH_RANGE; }

    public boolean hasYear() { return year > 0 || endYear > 0; }

    /** This match stretched to end where {@code other} ends, as a range. */
    public DateMatch through(DateMatch other) {
        DateForm f = isWholeMonth() ? DateForm.MONTH_RANGE : DateForm.DATE_RANGE;
        int ed = other.isRange() ? other.endDay : other.day;
        int em = other.isRange() ? other.endMonth : other.month;
        int ey = other.isRange() && other.endYear > 0 ? other.endYear : other.year;
        return new DateMatch(start, other.end, f, day, month, year, ed, em, ey, weekday);
    }

    /**
     * The days meant. A missing year is taken from the range's end, else it is the next such day on or after
     * {@code reference}. Null when the day does not exist (๓๐ ก.พ.) or no year can be had.
     */
    public ResolvedDate resolve(LocalDate reference) {
        try {
            return resolveOrThrow(reference);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private ResolvedDate resolveOrThrow(LocalDate reference) {
        boolean inferred = false;
        int y = year;
        int ey = endYear > 0 ? endYear : year;
        if (y == 0 && ey > 0) {
            y = isRange() && (month > endMonth) ? ey - 1 : ey;
        }
        if (y == 0) {
            if (reference == null) {
                return null;
            }
            inferred = true;
            y = reference.getYear();
            if (last(y, month, isWholeMonth() ? 0 : day).isBefore(reference)) {
                y++;
            }
        }
        if (ey == 0) {
            ey = isRange() && endMonth < month ? y + 1 : y;
        }
        LocalDate first = isWholeMonth() ? LocalDate.of(y, month, 1) : LocalDate.of(y, month, day);
        LocalDate last = !isRange() ? (isWholeMonth() ? last(y, month, 0) : null) : last(ey, endMonth, endDay);
        if (last != null && last.isBefore(first)) {
            return null;
        }
        return new ResolvedDate(first, last, inferred);
    }

    /** Day {@code day} of the month, or its last day when {@code day} is 0. */
    private static LocalDate last(int y, int m, int day) {
        return day == 0 ? YearMonth.of(y, m).atEndOfMonth() : LocalDate.of(y, m, day);
    }

    /** True when a weekday is named and the resolved first day falls on another. */
    public boolean weekdayDisagrees(ResolvedDate r) {
        return weekday != null && r != null && r.first().getDayOfWeek() != weekday;
    }
}
