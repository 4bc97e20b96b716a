package org.tidtam.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** A week from Monday to Sunday, as Thai offices count their working week. */
public record Week(LocalDate monday) {
    public Week {
        if (monday == null || monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday: " + monday);
        }
    }

    /** The week that holds the given day. */
    public static Week of(LocalDate anyDay) {
        return new Week(anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public LocalDate sunday() { return monday.plusDays(6); }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(monday) && !day.isAfter(sunday());
    }

    public List<LocalDate> days() { return monday.datesUntil(monday.plusDays(7)).toList(); }

    /** The day inside this week closest to today: today itself, or Monday/Sunday for another week. */
    public LocalDate clamp(LocalDate today) {
        return today.isBefore(monday) ? monday : today.isAfter(sunday()) ? sunday() : today;
    }
}
