package org.tidtam.ui.report;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tidtam.report.ReportDocument;
import org.tidtam.report.ReportText;
import org.tidtam.report.Section;
import org.tidtam.report.WeeklySummary;
import org.tidtam.ui.common.UiContext;

/**
 * The summary's sections as the files lay them out: counts by urgency and by sender beside the daily chart,
 * then the letters received, deadlines due soon, overdue and done, each under a heading with its count.
 */
final class SummaryPane {
    /** The document's sections after the first (the counts), in order, with the ids the tables get. */
    private static final List<String> SECTIONS = List.of("letters", "dueSoon", "overdue", "done");

    private final UiContext ctx;
    private final ReportText text;

    SummaryPane(UiContext ctx) {
        this.ctx = ctx;
        this.text = new ReportText(ctx.messages(), false);
    }

    Node of(WeeklyPreview preview) {
        WeeklySummary s = preview.summary();
        ReportDocument doc = preview.document();
        VBox box = new VBox(10);
        box.setPadding(new Insets(12));
        box.setId("previewSections");
        Label subtitle = new Label(doc.subtitle());
        subtitle.setId("previewSubtitle");
        Label counts = new Label(ctx.text("reportui.counts", s.lettersReceived(), s.dueSoon().size(),
                s.overdue().size(), s.done().size()));
        counts.setId("weekCounts");
        counts.getStyleClass().add("section-title");
        box.getChildren().addAll(subtitle, counts, overview(s, doc.sections().get(0)));
        List<Integer> sizes = List.of(s.letters().size(), s.dueSoon().size(), s.overdue().size(), s.done().size());
        for (int i = 0; i < SECTIONS.size(); i++) {
            Section section = doc.sections().get(i + 1);
            Label heading = new Label(ctx.text("reportui.section", section.tables().get(0).title(), sizes.get(i)));
            heading.setId("section-" + SECTIONS.get(i));
            heading.getStyleClass().add("section-title");
            box.getChildren().addAll(heading, DocumentTable.of(section.tables().get(0), text, "table-" + SECTIONS.get(i)));
        }
        return box;
    }

    private Node overview(WeeklySummary s, Section counts) {
        VBox urgency = titled(counts.tables().get(0).title(),
                DocumentTable.of(counts.tables().get(0), text, "table-byUrgency"));
        VBox senders = titled(counts.tables().get(1).title(),
                DocumentTable.of(counts.tables().get(1), text, "table-bySender"));
        Node chart = DayChart.of(s, text);
        HBox row = new HBox(12, urgency, senders, chart);
        HBox.setHgrow(chart, Priority.ALWAYS);
        return row;
    }

    private static VBox titled(String title, Node table) {
        Label label = new Label(title);
        VBox box = new VBox(4, label, table);
        box.setMinWidth(240);
        return box;
    }
}
