package org.tidtam.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.Deadline;
import org.tidtam.remind.DeadlineBuckets;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.remind.LetterRef;
import org.tidtam.remind.ReminderText;

/** One tab-separated line per deadline, days in พ.ศ. when the language is Thai. */
final class DeadlineFormat {
    private final Messages m;
    private final LocalDate today;

    DeadlineFormat(Messages m, LocalDate today) {
        this.m = m;
        this.today = today;
    }

    String header() { return m.get("remind.cli.header"); }

    String line(DeadlineEntry e) {
        Deadline d = e.deadline();
        LetterRef l = e.letter();
        List<String> cells = new ArrayList<>(List.of(String.valueOf(e.id()), day(e), d.time() == null ? "" : d.time().toString(),
                m.get("remind.kind." + d.kind().name()), status(e), l.regNo().toString(), l.number(), l.sender(),
                l.subject(), d.action(), assignee(l)));
        return String.join("\t", cells.stream().map(DeadlineFormat::oneLine).toList());
    }

    static String assignee(LetterRef l) {
        return l.officer().isBlank() ? l.unit() : l.unit().isBlank() ? l.officer() : l.officer() + " (" + l.unit() + ")";
    }

    private String day(DeadlineEntry e) {
        Deadline d = e.deadline();
        if (d.due() == null) {
            return m.get("remind.bucket.UNDATED");
        }
        String first = day(d.due());
        return d.end() == null || d.end().equals(d.due()) ? first : first + " – " + day(d.end());
    }

    /** พ.ศ. in Thai; ISO in English, as the register listing, so scripts can read the columns. */
    private String day(LocalDate day) {
        return m.isThai() ? ReminderText.day(day, m) : day.toString();
    }

    private String status(DeadlineEntry e) {
        if (!e.deadline().isOpen()) {
            return m.get("remind.status." + e.deadline().status().name());
        }
        if (e.deadline().due() == null) {
            return "";
        }
        return ReminderText.daysLeft(DeadlineBuckets.place(e, today).daysLeft(), m);
    }

    private static String oneLine(String s) { return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip(); }
}
