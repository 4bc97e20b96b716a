package org.tidtam.ui.importing;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.tidtam.registry.ImportSummary;
import org.tidtam.ui.common.ThaiWrap;
import org.tidtam.ui.common.UiContext;

/** The end of an import on screen: headline, counts, and the files of each group in its own list. */
final class SummaryPane {
    private final UiContext ctx;
    private final SummaryLines lines;
    private final Label headline = label("importHeadline");
    private final Label counts = label("importCounts");
    private final ListView<String> registered = list("importRegistered");
    private final ListView<String> duplicates = list("importDuplicates");
    private final ListView<String> failed = list("importFailed");
    private final VBox box;

    SummaryPane(UiContext ctx) {
        this.ctx = ctx;
        this.lines = new SummaryLines(ctx.messages());
        headline.getStyleClass().add("section-title");
        box = new VBox(6, headline, counts, group("registered", registered), group("duplicates", duplicates),
                group("failed", failed));
        box.setId("importSummary");
        show(null);
    }

    Node node() { return box; }

    void show(ImportSummary s) {
        box.setVisible(s != null);
        box.setManaged(s != null);
        if (s == null) {
            return;
        }
        headline.setText(lines.headline(s));
        counts.setText(lines.counts(s));
        fill(registered, lines.registered(s));
        fill(duplicates, lines.duplicates(s));
        fill(failed, lines.failed(s));
    }

    private void fill(ListView<String> list, List<String> items) {
        list.getItems().setAll(items);
        list.setPrefHeight(Math.min(220, 8 + 40.0 * Math.max(1, items.size()))); // as tall as its lines, to a point
        Node pane = box.lookup("#" + list.getId() + "Pane");
        pane.setVisible(!items.isEmpty());
        pane.setManaged(!items.isEmpty());
    }

    private TitledPane group(String key, ListView<String> list) {
        TitledPane pane = new TitledPane(ctx.text("importui.summary." + key), list);
        pane.setId(list.getId() + "Pane");
        pane.setCollapsible(false);
        return pane;
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    private static ListView<String> list(String id) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.setCellFactory(ThaiWrap.cells(line -> line));
        return list;
    }
}
