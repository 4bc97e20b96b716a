package org.tidtam.remind;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalTime;

/**
 * One reminder of a policy: so many days before the due day, at a time of day. (0, 08:00) is "the
 * morning of the day".
 */
public record ReminderRule(int daysBefore, @JsonFormat(pattern = "HH:mm") LocalTime at) implements Comparable<ReminderRule> {
    /** When reminders fire unless a rule says otherwise: before the office opens at 08:30. */
    public static final LocalTime MORNING = LocalTime.of(8, 0);
    public static final int MAX_DAYS_BEFORE = 365;

    public ReminderRule {
        if (daysBefore < 0 || daysBefore > MAX_DAYS_BEFORE) {
            throw new IllegalArgumentException("days before must be within 0.." + MAX_DAYS_BEFORE + ": " + daysBefore);
        }
        at = at == null ? MORNING : at;
    }

    public static ReminderRule daysBefore(int days) { return new ReminderRule(days, MORNING); }

    public static ReminderRule onTheDay() { return new ReminderRule(0, MORNING); }

    /** Earliest reminder first: more days before comes first. */
    @Override
    public int compareTo(ReminderRule o) {
        return daysBefore != o.daysBefore ? Integer.compare(o.daysBefore, daysBefore) : at.compareTo(o.at);
    }

    @Override
    public String toString() { return daysBefore + "d@" + at; }
}
