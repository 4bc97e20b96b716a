package org.tidtam.ui.importing;

import java.nio.file.Path;
import java.util.List;
import org.tidtam.i18n.Messages;
import org.tidtam.registry.FileOutcome;
import org.tidtam.registry.ImportSummary;

/**
 * An import summary as the clerk reads it: a headline (finished, or cancelled after file k of n), the
 * counts, and one line per file in each group, with the registration number given or the existing entry
 * a duplicate matched or the reason a file failed.
 */
final class SummaryLines {
    private final Messages m;

    SummaryLines(Messages messages) { this.m = messages; }

    String headline(ImportSummary s) {
        if (s.cancelled()) {
            return m.get("importui.summary.cancelled", s.outcomes().size(), s.total());
        }
        return s.total() == 0 ? m.get("importui.summary.nothing") : m.get("importui.summary.done");
    }

    String counts(ImportSummary s) {
        return m.get("importui.summary.counts", s.registered().size(), s.duplicates().size(), s.failed().size(),
                s.total());
    }

    List<String> registered(ImportSummary s) {
        return s.registered().stream().map(r -> m.get("importui.line.registered", name(r.file()),
                String.valueOf(r.regNo()), r.deadlines())).toList();
    }

    List<String> duplicates(ImportSummary s) {
        return s.duplicates().stream().map(d -> d.existing() != null
                ? m.get("importui.line.duplicate", name(d.file()), d.existing().toString())
                : m.get("importui.line.duplicateInRun", name(d.file()), name(d.sameAs()))).toList();
    }

    List<String> failed(ImportSummary s) {
        return s.failed().stream().map(f -> m.get("importui.line.failed", name(f.file()), reason(f))).toList();
    }

    private String reason(FileOutcome.Failed f) { return f.reason(m); }

    /** The file's name; folders with subfolders may repeat names, so the parent folder is added. */
    static String name(Path file) {
        Path parent = file.getParent();
        String own = String.valueOf(file.getFileName());
        return parent == null || parent.getFileName() == null ? own : parent.getFileName() + "/" + own;
    }
}
