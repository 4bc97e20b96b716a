package org.tidtam.ui.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.Urgency;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.remind.ReminderText;

/**
 * How a deadline reads on the sheet: a short line in its cell, the full story in its tooltip and in the
 * day list, and the style classes that colour it by kind (background) and urgency (left bar), bold red
 * when it is overdue. Colour is never the only mark: the line names the kind too.
 */
final class ItemText {
    private final Messages m;
    private final LocalDate today;

    ItemText(Messages messages, LocalDate today) {
        this.m = messages;
        this.today = today;
    }

    /** "13:30 ประชุม/อบรม ขก 0017/ว 12: เรื่อง…" (the time left out for an all-day item). */
    String line(DeadlineEntry e) {
        Deadline d = e.deadline();
        String time = d.time() == null ? "" : d.time() + " ";
        return time + m.get("remind.kind." + d.kind().name()) + " · " + what(e);
    }

    String tooltip(DeadlineEntry e) {
        Deadline d = e.deadline();
        List<String> notes = new ArrayList<>();
        if (e.letter().urgency() != Urgency.NORMAL) {
            notes.add(m.get("calendar.item.urgency", e.letter().urgency().thai()));
        }
        if (overdue(e)) {
            notes.add(m.get("calendar.item.overdue"));
        }
        notes.add(m.get("calendar.item.open"));
        String when = ReminderText.day(d.due(), m) + (d.time() == null ? "" : " " + d.time())
                + (d.end() == null || d.end().equals(d.due()) ? "" : " – " + ReminderText.day(d.end(), m));
        return m.get("calendar.item.tooltip", m.get("remind.kind." + d.kind().name()) + " · " + when,
                d.action().isBlank() ? d.evidence() : d.action(), e.letter().number(), e.letter().sender(),
                e.letter().subject(), String.join(" · ", notes));
    }

    List<String> styleClasses(DeadlineEntry e) {
        List<String> classes = new ArrayList<>(List.of("cal-item", "cal-kind-" + e.deadline().kind().name(),
                "cal-urgency-" + e.letter().urgency().name()));
        if (overdue(e)) {
            classes.add("cal-overdue");
        }
        return classes;
    }

    boolean overdue(DeadlineEntry e) { return e.lastDay() != null && e.lastDay().isBefore(today); }

    private static String what(DeadlineEntry e) {
        String action = e.deadline().action().isBlank() ? e.letter().subject() : e.deadline().action();
        String number = e.letter().number();
        return number.isBlank() ? action : number + " " + action;
    }
}
