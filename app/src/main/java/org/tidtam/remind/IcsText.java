package org.tidtam.remind;

import java.util.ArrayList;
import java.util.List;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.Urgency;

/** The words of a calendar event: summary, description, alarm text and priority. */
final class IcsText {
    private IcsText() { }

    /** "[ประชุม/อบรม] ที่ มท 0322/ว 5587: เรื่อง…" (the number is left out when the letter has none). */
    static String summary(DeadlineEvent e, Messages m) {
        String kind = m.get("remind.kind." + e.kind().name());
        return e.letterNumber().isEmpty()
                ? m.get("remind.ics.summaryNoNumber", kind, e.subject())
                : m.get("remind.ics.summary", kind, e.letterNumber(), e.subject());
    }

    static String description(DeadlineEvent e, Messages m) {
        List<String> lines = new ArrayList<>();
        lines.add(m.get("remind.ics.regNo", e.regNo().toString()));
        if (!e.letterNumber().isEmpty()) {
            lines.add(m.get("remind.ics.number", e.letterNumber()));
        }
        lines.add(m.get("remind.ics.subject", e.subject()));
        if (e.urgency() != Urgency.NORMAL) {
            lines.add(m.get("remind.ics.urgency", m.get("remind.urgency." + e.urgency().name())));
        }
        if (!e.evidence().isEmpty()) {
            lines.add(m.get("remind.ics.evidence", e.evidence()));
        }
        return String.join("\n", lines);
    }

    static String alarm(DeadlineEvent e, ReminderRule rule, Messages m) {
        String when = rule.daysBefore() == 0 ? m.get("remind.when.today")
                : m.get("remind.when.daysBefore", rule.daysBefore());
        return when + ": " + summary(e, m);
    }

    /** RFC 5545 PRIORITY: 1 highest … 9 lowest, 0 undefined. */
    static int priority(Urgency urgency) {
        switch (urgency) {
            case MOST_URGENT:
                return 1;
            case VERY_URGENT:
                return 3;
            case URGENT:
                return 5;
            default:
                return 0;
        }
    }
}
