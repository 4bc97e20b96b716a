package org.tidtam.extract;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.Span;

/**
 * Writes an {@link Extraction} as JSON in the shape of shared/letters/README.md (the gold files' shape),
 * plus the fields the GUI needs: span and confidence of each deadline, and per letter its span, type,
 * circular flag, references, enclosures, signer, position and phone.
 */
public final class ExtractionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExtractionJson() { }

    public static void write(Extraction x, Writer out) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(
                new DefaultIndenter(" ", DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.getEol()));
        MAPPER.writer(pp).writeValue(new NonClosing(out), tree(x));
        out.write(System.lineSeparator());
        out.flush();
    }

    public static ObjectNode tree(Extraction x) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("source", x.source());
        ArrayNode letters = root.putArray("letters");
        x.letters().forEach(l -> letters.add(letter(l)));
        return root;
    }

    private static ObjectNode letter(ExtractedLetter l) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("urgency", l.urgency().jsonName());
        n.put("number", l.number());
        n.put("date", l.date() == null ? null : l.date().toString());
        n.put("sender", l.sender());
        n.put("subject", l.subject());
        n.put("to", l.to());
        if (l.received() == null) {
            n.putNull("received");
        } else {
            ObjectNode r = n.putObject("received");
            r.put("number", l.received().number());
            r.put("date", l.received().date() == null ? null : l.received().date().toString());
        }
        ArrayNode ds = n.putArray("deadlines");
        l.deadlines().forEach(d -> ds.add(deadline(d)));
        n.put("type", l.type().name());
        n.put("circular", l.circular());
        ArrayNode refs = n.putArray("references");
        l.references().forEach(r -> refs.addObject().put("number", r.number())
                .put("date", r.date() == null ? null : r.date().toString()).put("text", r.text()));
        strings(n.putArray("enclosures"), l.enclosures());
        n.put("signer", l.signer());
        n.put("position", l.position());
        n.put("phone", l.phone());
        span(n, l.span());
        return n;
    }

    private static ObjectNode deadline(Deadline d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", d.kind().name());
        n.put("due", d.due() == null ? null : d.due().toString());
        n.put("end", d.end() == null ? null : d.end().toString());
        n.put("time", d.time() == null ? null : d.time().toString());
        if (d.relative() == null) {
            n.putNull("relative");
        } else {
            n.putObject("relative").put("days", d.relative().days()).put("business", d.relative().business())
                    .put("from", d.relative().from().jsonName());
        }
        n.put("evidence", d.evidence());
        span(n, d.span());
        n.put("confidence", Math.round(d.confidence() * 100) / 100.0);
        return n;
    }

    private static void span(ObjectNode n, Span s) {
        if (s == null) {
            n.putNull("span");
        } else {
            n.putArray("span").add(s.start()).add(s.end());
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    /** Jackson closes the writer it is given; the caller owns it. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer w) { super(w); }

        @Override
        public void close() throws IOException { flush(); }
    }
}
