package org.tidtam.ui.detail;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.store.Attachment;
import org.tidtam.thai.ThaiDateFormat;
import org.tidtam.ui.common.UiContext;

/** The register's columns of one entry, two label/value pairs a line, dates in พ.ศ. */
final class FieldGrid {
    private final UiContext ctx;
    private final GridPane grid = new GridPane();
    private int cell;

    FieldGrid(UiContext ctx) {
        this.ctx = ctx;
        grid.setId("detailFields");
        grid.setHgap(10);
        grid.setVgap(4);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints label = new ColumnConstraints();
            ColumnConstraints value = new ColumnConstraints();
            value.setHgrow(Priority.ALWAYS);
            value.setPercentWidth(38);
            grid.getColumnConstraints().addAll(label, value);
        }
    }

    GridPane build(Letter letter, Attachment original) {
        LetterDraft f = letter.fields();
        add("regNo", letter.regNo().toString());
        add("received", ThaiDateFormat.shortDate(f.receivedAt().toLocalDate(), ctx.messages()) + " "
                + ThaiDateFormat.time(f.receivedAt().toLocalTime()));
        add("number", f.number());
        add("date", ThaiDateFormat.longDate(f.date(), ctx.messages()));
        add("sender", f.sender());
        add("recipient", f.recipient());
        add("subject", f.subject());
        add("urgency", ctx.text("ui.urgency." + f.urgency().name()));
        add("secrecy", ctx.text("ui.secrecy." + f.secrecy().name()));
        add("status", ctx.text("detail.letterStatus." + letter.status().name()));
        add("assignee", String.join(" / ", java.util.stream.Stream.of(f.unit(), f.officer())
                .filter(s -> !s.isBlank()).toList()));
        add("action", f.action());
        add("remarks", f.remarks());
        add("file", original == null ? ctx.text("detail.field.noFile") : original.name());
        if (letter.isCancelled()) {
            Label cancelled = new Label(ctx.text("detail.cancelled", letter.cancellation().reason(),
                    letter.cancellation().by(),
                    ThaiDateFormat.shortDate(letter.cancellation().at().toLocalDate(), ctx.messages())));
            cancelled.setId("detail-cancelled");
            cancelled.getStyleClass().add("detail-cancelled");
            grid.add(cancelled, 0, cell / 2 + 1, 4, 1);
        }
        return grid;
    }

    private void add(String name, String value) {
        Label label = new Label(ctx.text("detail.field." + name));
        label.getStyleClass().add("form-label");
        Label shown = new Label(value == null ? "" : value);
        shown.setId("detail-" + name);
        shown.setWrapText(true);
        label.setLabelFor(shown);
        grid.add(label, (cell % 2) * 2, cell / 2);
        grid.add(shown, (cell % 2) * 2 + 1, cell / 2);
        cell++;
    }
}
