package org.tidtam.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidtam.i18n.Messages;
import org.tidtam.registry.FileOutcome;
import org.tidtam.registry.ImportSummary;

/** An import summary as lines (one per file, then totals) or as JSON. */
final class ImportReport {
    private final Messages messages;

    ImportReport(Messages messages) { this.messages = messages; }

    void text(ImportSummary s, PrintWriter out) {
        s.outcomes().forEach(o -> out.println(line(o)));
        out.println(messages.get("registry.cli.summary", s.registered().size(), s.duplicates().size(),
                s.failed().size(), s.total()));
        if (s.cancelled()) {
            out.println(messages.get("registry.cli.cancelled", s.outcomes().size(), s.total()));
        }
        if (s.dryRun()) {
            out.println(messages.get("registry.cli.dryRun"));
        }
    }

    String line(FileOutcome o) {
        String file = o.file().toString();
        if (o instanceof FileOutcome.Registered r) {
            return r.regNo() == null ? messages.get("registry.cli.wouldRegister", file, r.deadlines())
                    : messages.get("registry.cli.registered", file, r.regNo().toString(), r.deadlines());
        }
        if (o instanceof FileOutcome.Duplicate d) {
            return d.existing() != null ? messages.get("registry.cli.duplicate", file, d.existing().toString())
                    : messages.get("registry.cli.duplicateInRun", file, d.sameAs().toString());
        }
        return messages.get("registry.cli.failed", file, ((FileOutcome.Failed) o).reason(messages));
    }

    void json(ImportSummary s, PrintWriter out) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FileOutcome o : s.outcomes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", o.file().toString());
            if (o instanceof FileOutcome.Registered r) {
                m.put("status", r.regNo() == null ? "wouldRegister" : "registered");
                m.put("regNo", r.regNo() == null ? null : r.regNo().toString());
                m.put("deadlines", r.deadlines());
            } else if (o instanceof FileOutcome.Duplicate d) {
                m.put("status", "duplicate");
                m.put("existing", d.existing() == null ? null : d.existing().toString());
                m.put("sameAs", d.sameAs() == null ? null : d.sameAs().toString());
            } else {
                m.put("status", "failed");
                m.put("reason", ((FileOutcome.Failed) o).reason(messages));
                m.put("reasonKey", ((FileOutcome.Failed) o).key());
            }
            rows.add(m);
        }
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, rows);
        out.println();
    }
}
