package org.tidtam.ui.dashboard;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tidtam.remind.Reminder;
import org.tidtam.remind.ReminderText;
import org.tidtam.ui.common.UiContext;

/** The list of reminders due now, with acknowledge (never shown again) and snooze. */
final class NotificationPanel {
    private final UiContext ctx;
    private final DashboardViewModel model;
    private final ListView<Reminder> list;

    NotificationPanel(UiContext ctx, DashboardViewModel model) {
        this.ctx = ctx;
        this.model = model;
        this.list = new ListView<>(model.reminders());
        list.setId("notificationList");
        list.setAccessibleText(ctx.text("dashboard.notifications"));
        list.setPlaceholder(new Label(ctx.text("dashboard.notifications.none")));
        list.setCellFactory(org.tidtam.ui.common.ThaiWrap.cells(
                r -> ReminderText.twoLines(r, ctx.messages(), java.time.LocalDate.now(ctx.clock()))));
    }

    Node node(Window owner) {
        Label title = new Label(ctx.text("dashboard.notifications"));
        title.getStyleClass().add("section-title");
        Button ack = new Button(ctx.text("dashboard.notifications.ack"));
        ack.setId("ackButton");
        ack.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        ack.setOnAction(e -> model.acknowledge(list.getSelectionModel().getSelectedItem()));
        Button snooze = new Button(ctx.text("dashboard.action.snooze"));
        snooze.setId("snoozeReminderButton");
        snooze.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        snooze.setOnAction(e -> {
            Reminder r = list.getSelectionModel().getSelectedItem();
            new SnoozeChoice(ctx).ask(owner).ifPresent(until -> model.snooze(r, until));
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(6, title, list, new HBox(6, ack, snooze));
        box.setPrefWidth(300);
        box.setStyle("-fx-padding: 8;");
        return box;
    }
}
