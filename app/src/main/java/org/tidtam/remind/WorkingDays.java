package org.tidtam.remind;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counting days the way Thai administrative law counts them. The day of the event (receipt of the
 * letter) is never counted: counting starts the next day (ป.พ.พ. มาตรา ๑๙๓/๓; พ.ร.บ.วิธีปฏิบัติราชการ
 * ทางปกครอง มาตรา ๖๔). A working day (วันทำการ) is Monday to Friday and not a holiday of the
 * {@link HolidayCalendar}.
 */
public final class WorkingDays {
    private final HolidayCalendar holidays;

    public WorkingDays(HolidayCalendar holidays) { this.holidays = holidays; }

    public HolidayCalendar holidays() { return holidays; }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.isHoliday(day);
    }

    /**
     * The n-th working day after {@code start}: "ภายใน ๕ วันทำการ นับแต่ได้รับหนังสือ" with the letter
     * received on Friday 11 April 2025 gives Wednesday 23 April (Songkran and its substitution day are
     * skipped). n = 0 gives {@code start} itself.
     */
    public LocalDate addBusinessDays(LocalDate start, int n) {
        requireNotNegative(n);
        LocalDate day = start;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** {@code start} plus n calendar days, weekends and holidays included. */
    public LocalDate addCalendarDays(LocalDate start, int n) {
        requireNotNegative(n);
        return start.plusDays(n);
    }

    /**
     * The day itself if it is a working day, else the next working day: a period whose last day falls on
     * a holiday ends on the next working day (ป.พ.พ. มาตรา ๑๙๓/๘; พ.ร.บ.วิธีปฏิบัติราชการทางปกครอง มาตรา ๖๔).
     */
    public LocalDate onOrNextWorkingDay(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("days must not be negative: " + n);
        }
    }
}
