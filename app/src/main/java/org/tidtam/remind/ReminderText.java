package org.tidtam.remind;

import java.time.LocalDate;
import org.tidtam.i18n.Messages;
import org.tidtam.thai.ThaiDateStyle;

/** How a reminder or a deadline's days left read, the same in the CLI, the notification list and the tray. */
public final class ReminderText {
    private static final ThaiDateStyle DAY = ThaiDateStyle.SHORT.withEra();

    private ReminderText() { }

    /** "อีก 3 วันครบกำหนด", "ครบกำหนดวันนี้" or "ได้รับหนังสือด่วนที่สุด". */
    public static String when(Reminder reminder, Messages m) {
        switch (reminder.trigger()) {
            case ON_RECEIPT:
                return m.get("remind.when.receipt");
            case ON_DUE_DAY:
                return m.get("remind.when.today");
            default:
                return m.get("remind.when.daysBefore", reminder.daysBefore());
        }
    }

    /** "เหลือ 3 วัน", "วันนี้", "เลยกำหนด 2 วัน". */
    public static String daysLeft(long days, Messages m) {
        if (days < 0) {
            return m.get("remind.daysLeft.overdue", -days);
        }
        return days == 0 ? m.get("remind.daysLeft.today") : m.get("remind.daysLeft.ahead", days);
    }

    /** A day as the user reads it: "15 พ.ค. พ.ศ. 2568" in Thai, "15 May B.E. 2568" in English. */
    public static String day(LocalDate day, Messages m) { return DAY.in(m).format(day); }

    /**
     * As {@link #when(Reminder, Messages)}, but a reminder shown after its deadline has passed (missed while
     * Tidtam was closed) says how late it is instead of "due today".
     */
    public static String when(Reminder reminder, Messages m, LocalDate today) {
        long left = reminder.daysLeft(today);
        return reminder.trigger() != Reminder.Trigger.ON_RECEIPT && left < 0 ? daysLeft(left, m) : when(reminder, m);
    }

    /** One line for a notification: "อีก 3 วันครบกำหนด · 15 พ.ค. พ.ศ. 2568 · [รายงานผล] ที่ …: เรื่อง …". */
    public static String line(Reminder reminder, Messages m) {
        return line(reminder, m, null);
    }

    /** As {@link #line(Reminder, Messages)}, telling a passed deadline's lateness when today is given. */
    public static String line(Reminder reminder, Messages m, LocalDate today) {
        String when = today == null ? when(reminder, m) : when(reminder, m, today);
        return when + " · " + day(reminder.entry().deadline().due(), m) + " · "
                + IcsText.summary(DeadlineEvent.of(reminder.entry()), m);
    }

    /**
     * As {@link #line(Reminder, Messages, LocalDate)} on two lines, when and what, for a narrow list: the
     * first line stays short so a wrapped Thai subject never splits the date.
     */
    public static String twoLines(Reminder reminder, Messages m, LocalDate today) {
        return when(reminder, m, today) + " · " + day(reminder.entry().deadline().due(), m) + "\n"
                + IcsText.summary(DeadlineEvent.of(reminder.entry()), m);
    }
}
