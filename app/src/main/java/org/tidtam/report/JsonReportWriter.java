package org.tidtam.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.tidtam.thai.ThaiDateStyle;

/**
 * Writes the weekly summary as JSON for other programs: the same content as the files people read, enums
 * by their stable names with a label beside them, every date as ISO ("due") plus พ.ศ. text ("dueBe").
 */
public final class JsonReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final ReportText text;

    public JsonReportWriter(ExportSettings settings) { this.text = settings.text(); }

    public void write(WeeklySummary s, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("report", "weekly");
        date(root, "weekStart", s.week().monday());
        date(root, "weekEnd", s.week().sunday());
        date(root, "asOf", s.asOf());
        root.put("comingDays", s.options().comingDays());
        root.put("includeSecretSubjects", s.options().includeSecretSubjects());
        root.put("lettersReceived", s.lettersReceived());
        ArrayNode urgency = root.putArray("byUrgency");
        s.byUrgency().forEach(u -> urgency.addObject().put("urgency", u.urgency().name())
                .put("label", text.urgency(u.urgency())).put("count", u.count()));
        ArrayNode senders = root.putArray("bySender");
        s.bySender().forEach(c -> senders.addObject().put("sender", c.sender()).put("count", c.count()));
        ArrayNode letters = root.putArray("letters");
        s.letters().forEach(l -> letter(letters.addObject(), l));
        deadlines(root.putArray("dueSoon"), s.dueSoon());
        deadlines(root.putArray("overdue"), s.overdue());
        deadlines(root.putArray("done"), s.done());
        ArrayNode days = root.putArray("perDay");
        s.perDay().forEach(d -> date(days.addObject(), "day", d.day()).put("received", d.received())
                .put("due", d.due()));
        MAPPER.writeValue(out, root);
        out.flush();
    }

    private void letter(ObjectNode o, LetterLine l) {
        o.put("regNo", l.regNo().toString());
        date(o, "receivedOn", l.receivedOn());
        o.put("number", l.number());
        date(o, "date", l.date());
        o.put("sender", l.sender()).put("subject", l.subject()).put("assignee", l.assignee());
        o.put("status", l.status().name()).put("statusLabel", text.status(l.status()));
        o.put("urgency", l.urgency().name()).put("secrecy", l.secrecy().name());
    }

    private void deadlines(ArrayNode array, List<DeadlineLine> lines) {
        for (DeadlineLine d : lines) {
            ObjectNode o = array.addObject();
            o.put("kind", d.kind().name()).put("kindLabel", text.kind(d.kind()));
            date(o, "due", d.due());
            o.put("time", d.time() == null ? null : d.time().toString());
            o.put("what", d.what());
            o.put("regNo", d.regNo() == null ? null : d.regNo().toString());
            o.put("letterNumber", d.letterNumber()).put("letterSubject", d.letterSubject());
            o.put("assignee", d.assignee()).put("status", d.status().name());
            date(o, "doneOn", d.doneOn());
            o.put("daysLeft", d.daysLeft());
        }
    }

    private static ObjectNode date(ObjectNode o, String name, LocalDate d) {
        o.put(name, d == null ? null : d.toString());
        o.put(name + "Be", d == null ? null : ThaiDateStyle.FULL.format(d));
        return o;
    }
}
