package org.tidtam.remind;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One reminder of one deadline.
 *
 * @param key        stable identity: {@code <deadline id>:<due day>:-<n>d} for n days before the due day,
 *                   {@code letter-<letter id>:receipt} for a ด่วนที่สุด letter's receipt reminder. The due day
 *                   is part of the key so a postponed deadline reminds again.
 * @param entry      the deadline and its letter
 * @param trigger    what the reminder is about
 * @param daysBefore days before the due day (0 on the day and for receipt reminders)
 * @param firesAt    when it falls due, in the clock's zone
 */
public record Reminder(String key, DeadlineEntry entry, Trigger trigger, int daysBefore, LocalDateTime firesAt) {

    /** Why a reminder fires. */
    public enum Trigger { BEFORE_DUE, ON_DUE_DAY, ON_RECEIPT }

    static Reminder beforeDue(DeadlineEntry entry, ReminderRule rule) {
        LocalDate due = entry.deadline().due();
        String key = entry.id() + ":" + due + ":-" + rule.daysBefore() + "d";
        Trigger trigger = rule.daysBefore() == 0 ? Trigger.ON_DUE_DAY : Trigger.BEFORE_DUE;
        return new Reminder(key, entry, trigger, rule.daysBefore(), due.minusDays(rule.daysBefore()).atTime(rule.at()));
    }

    static Reminder onReceipt(DeadlineEntry entry) {
        String key = "letter-" + entry.letter().letterId() + ":receipt";
        return new Reminder(key, entry, Trigger.ON_RECEIPT, 0, entry.letter().receivedAt());
    }

    /** Days from {@code today} to the due day: negative when overdue. */
    public long daysLeft(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, entry.deadline().due());
    }
}
