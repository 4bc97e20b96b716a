package org.tidtam.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.AuditEntry;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.Urgency;
import org.tidtam.store.RegisterRow;
import org.tidtam.thai.ThaiDateFormat;

/** Plain-text forms of register rows and entries: พ.ศ. dates with Thai month names in Thai, ISO in English. */
final class RegisterFormat {
    private final Messages messages;

    RegisterFormat(Messages messages) { this.messages = messages; }

    String header() {
        return String.join("\t", col("regNo"), col("received"), col("number"), col("date"), col("from"), col("to"),
                col("subject"), col("urgency"), col("action"), col("remarks"));
    }

    /** One tab-separated line in the regulation's column order; cancelled entries end with the mark. */
    String line(RegisterRow r) {
        String line = String.join("\t", r.regNo().toString(), dateTime(r.receivedAt()), r.number(), date(r.date()),
                r.sender(), r.recipient(), r.subject(), urgency(r.urgency()), r.action(), r.remarks());
        return r.cancelled() ? line + "\t[" + messages.get("register.cancelledMark") + "]" : line;
    }

    List<String> detail(Letter l, List<AuditEntry> history) {
        LetterDraft f = l.fields();
        List<String> out = new ArrayList<>();
        out.add(col("regNo") + ": " + l.regNo());
        out.add(col("received") + ": " + dateTime(f.receivedAt()));
        out.add(col("number") + ": " + f.number());
        out.add(col("date") + ": " + date(f.date()));
        out.add(col("from") + ": " + f.sender());
        out.add(col("to") + ": " + f.recipient());
        out.add(col("subject") + ": " + f.subject());
        out.add(col("urgency") + ": " + urgency(f.urgency()));
        out.add(col("secrecy") + ": " + (messages.isThai() ? f.secrecy().thai() : lower(f.secrecy().name())));
        out.add(col("action") + ": " + f.action());
        out.add(col("remarks") + ": " + f.remarks());
        out.add(col("status") + ": " + (messages.isThai() ? l.status().thai() : lower(l.status().name())));
        if (l.isCancelled()) {
            out.add(col("cancelled") + ": " + l.cancellation().reason() + " (" + l.cancellation().by() + ", "
                    + dateTime(l.cancellation().at()) + ")");
        }
        out.add(col("deadlines") + ":");
        f.deadlines().forEach(d -> out.add("  " + deadline(d)));
        out.add(col("history") + ":");
        history.forEach(a -> out.add("  " + dateTime(a.at()) + "  " + a.user() + "  " + a.field() + ": "
                + nullToDash(a.oldValue()) + " → " + nullToDash(a.newValue())));
        return out;
    }

    private String deadline(Deadline d) {
        String kind = messages.isThai() ? d.kind().thai() : lower(d.kind().name());
        String when = d.due() == null ? d.relative().days() + "d" : date(d.due());
        return String.join("  ", kind, when + (d.time() == null ? "" : " " + d.time()), lower(d.status().name()),
                d.action());
    }

    String date(LocalDate d) {
        return d == null ? "" : messages.isThai() ? ThaiDateFormat.formatArabic(d) : d.toString();
    }

    String dateTime(LocalDateTime t) {
        return t == null ? "" : date(t.toLocalDate()) + " " + t.toLocalTime();
    }

    private String urgency(Urgency u) { return messages.isThai() ? u.thai() : lower(u.name()); }

    private String col(String key) { return messages.get("register.col." + key); }

    private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }

    private static String nullToDash(String s) { return s == null || s.isEmpty() ? "—" : s; }
}
