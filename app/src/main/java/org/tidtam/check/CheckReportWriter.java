package org.tidtam.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a {@link CheckReport} as lines with ✓/✗ (details indented beneath), or as JSON. */
public final class CheckReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private CheckReportWriter() { }

    public static void text(CheckReport report, Writer out) {
        PrintWriter w = new PrintWriter(out);
        for (CheckResult r : report.results()) {
            w.println((r.ok() ? "✓ " : "✗ ") + r.title() + ": " + r.summary());
            r.details().forEach(d -> w.println("    " + d));
        }
        w.flush();
    }

    public static void json(CheckReport report, Writer out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ok", report.ok());
        root.put("checks", report.results());
        JSON.writeValue(out, root);
        out.write(System.lineSeparator());
        out.flush();
    }
}
