package org.tidtam.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.tidtam.ui.common.ThaiWrap;
import org.tidtam.ui.common.UiContext;

/**
 * The reminders tab: for each deadline kind the days before it to remind, whether to remind on the day
 * and at what time; for each urgency extra days before and a reminder on the day the letter arrives.
 */
final class ReminderPane {
    private final UiContext ctx;
    private final ReminderModel model;

    ReminderPane(UiContext ctx, ReminderModel model) {
        this.ctx = ctx;
        this.model = model;
    }

    Node node() {
        Label intro = ThaiWrap.paragraph(ctx.text("settings.remind.intro"));
        intro.setId("reminderIntro");
        Button reset = new Button(ctx.text("settings.remind.reset"));
        reset.setId("resetReminders");
        reset.setOnAction(e -> model.resetDefaults());
        VBox box = new VBox(12, intro, kinds(), urgencies(), reset);
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node kinds() {
        GridPane grid = grid("settings.remind.col.kind", "settings.remind.col.days", "settings.remind.col.onDay",
                "settings.remind.col.time");
        int r = 1;
        for (ReminderRow row : model.kinds) {
            String name = ctx.text("review.kind." + row.key());
            grid.addRow(r++, new Label(name), text("days-" + row.key(), name, row.daysBefore(), 200),
                    check("onDay-" + row.key(), name, row), text("time-" + row.key(), name, row.time(), 80));
        }
        return grid;
    }

    private Node urgencies() {
        GridPane grid = grid("settings.remind.col.urgency", "settings.remind.col.extraDays",
                "settings.remind.col.onReceipt");
        int r = 1;
        for (ReminderRow row : model.urgencies) {
            String name = ctx.text("ui.urgency." + row.key());
            grid.addRow(r++, new Label(name), text("extraDays-" + row.key(), name, row.daysBefore(), 200),
                    check("onReceipt-" + row.key(), name, row));
        }
        return grid;
    }

    private GridPane grid(String... headerKeys) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        for (int i = 0; i < headerKeys.length; i++) {
            Label h = new Label(ctx.text(headerKeys[i]));
            h.getStyleClass().add("form-label");
            grid.add(h, i, 0);
        }
        return grid;
    }

    private TextField text(String id, String rowName, javafx.beans.property.StringProperty value, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(rowName);
        f.setPrefWidth(width);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private CheckBox check(String id, String rowName, ReminderRow row) {
        CheckBox c = new CheckBox();
        c.setId(id);
        c.setAccessibleText(rowName);
        c.selectedProperty().bindBidirectional(row.onTheDay());
        return c;
    }
}
