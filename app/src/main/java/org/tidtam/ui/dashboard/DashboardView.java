package org.tidtam.ui.dashboard;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.remind.BucketedDeadline;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.remind.Reminder;
import org.tidtam.remind.ReminderText;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.ui.common.UiContext;

/**
 * The screen Tidtam opens on: open deadlines by bucket (overdue, today, this week, the next two weeks,
 * later, undated) chosen in a row of toggles over one table, filters, row actions, and the reminders due
 * now, re-checked every minute.
 */
public final class DashboardView {
    /** What the dashboard asks of the main window. */
    public interface Actions {
        void openLetter(long letterId);

        /** Opens the letter with this deadline's words marked; by default just the letter. */
        default void openLetter(long letterId, long deadlineId) { openLetter(letterId); }
    }

    private final UiContext ctx;
    private final DashboardViewModel model;
    private final Actions actions;
    private final BorderPane root = new BorderPane();
    private final TrayNotifier tray;
    private Timeline ticker;

    public DashboardView(UiContext ctx, DashboardViewModel model, Actions actions) {
        this.ctx = ctx;
        this.model = model;
        this.actions = actions;
        this.tray = new TrayNotifier(ctx.text("app.title"));
        root.setId("dashboard");
        root.setTop(filters());
        root.setCenter(buckets());
        root.setBottom(rowActions());
        root.setRight(new NotificationPanel(ctx, model).node(window()));
        model.setOnNewReminders(this::announce);
        // a window rebuilt over the same stage (language switch, tests) detaches this one: stop its clock
        root.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                stop();
            }
        });
    }

    public Node node() { return root; }

    public DashboardViewModel model() { return model; }

    /** Loads now (reminders missed while closed show at once) and re-checks every minute. */
    public void start() {
        model.refresh();
        if (ticker == null) {
            ticker = new Timeline(new KeyFrame(Duration.minutes(1), e -> tick()));
            ticker.setCycleCount(Timeline.INDEFINITE);
            ticker.play();
        }
    }

    /** A dashboard no longer on screen (the window was rebuilt or closed) stops instead of reading a closed store. */
    private void tick() {
        if (root.getScene() == null) {
            stop();
        } else {
            model.refresh();
        }
    }

    public void stop() {
        if (ticker != null) {
            ticker.stop();
        }
    }

    private Node filters() {
        ComboBox<DeadlineKind> kind = new ComboBox<>();
        kind.setId("kindFilter");
        kind.getItems().add(null);
        kind.getItems().addAll(DeadlineKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(DeadlineKind k) { return k == null ? ctx.text("dashboard.filter.all") : ctx.text("remind.kind." + k.name()); }

            @Override
            public DeadlineKind fromString(String s) { return null; }
        });
        kind.valueProperty().bindBidirectional(model.kindFilter());
        ComboBox<String> unit = choice("unitFilter", model.units());
        unit.valueProperty().bindBidirectional(model.unitFilter());
        ComboBox<String> officer = choice("officerFilter", model.officers());
        officer.valueProperty().bindBidirectional(model.officerFilter());
        Label today = new Label(ctx.text("dashboard.today", ReminderText.day(model.today(), ctx.messages())));
        today.setId("dashboardToday");
        HBox bar = new HBox(8, today, label("kind"), kind, label("unit"), unit, label("officer"), officer);
        bar.setStyle("-fx-padding: 8; -fx-alignment: center-left;");
        return new VBox(bar, moreOverdue());
    }

    /** Shown when more deadlines are overdue than the dashboard loads (docs/decisions/0016). */
    private Label moreOverdue() {
        Label more = new Label();
        more.setId("dashboardMoreOverdue");
        more.setStyle("-fx-padding: 0 8 4 8;");
        more.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            long total = model.overdueTotal().get();
            long limit = DashboardViewModel.overdueCountLimit();
            return total > limit ? ctx.text("dashboard.moreOverdueMany", DashboardViewModel.shownPerSide(), limit)
                    : ctx.text("dashboard.moreOverdue", DashboardViewModel.shownPerSide(), total);
        }, model.overdueTotal()));
        more.visibleProperty().bind(model.overdueTotal().greaterThan(0));
        more.managedProperty().bind(more.visibleProperty());
        return more;
    }

    private ComboBox<String> choice(String id, javafx.collections.ObservableList<String> items) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(180);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) { return s == null || s.isBlank() ? ctx.text("dashboard.filter.all") : s; }

            @Override
            public String fromString(String s) { return s; }
        });
        return box;
    }

    private Label label(String key) { return new Label(ctx.text("dashboard.filter." + key)); }

    /** The bucket row over one table that lists the chosen bucket. */
    private Node buckets() {
        TableView<BucketedDeadline> table = DeadlineTable.of(ctx, "deadlineTable", model.bucket(model.shownBucket().get()));
        model.shownBucket().addListener((o, was, now) -> {
            table.setItems(model.bucket(now));
            table.getSelectionModel().clearSelection();
            model.selectedProperty().set(null);
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                open();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open();
            }
        });
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(6, new BucketBar(ctx, model, DashboardViewModel.ORDER).node(), table);
        box.setStyle("-fx-padding: 0 0 0 8;");
        return box;
    }

    private Node rowActions() {
        Button done = button("doneButton", "dashboard.action.done", this::markDone);
        Button dismiss = button("dismissButton", "dashboard.action.dismiss", this::dismiss);
        Button snooze = button("snoozeButton", "dashboard.action.snooze", this::snooze);
        Button open = button("openLetterButton", "dashboard.action.open", this::open);
        Button refresh = new Button(ctx.text("dashboard.action.refresh"));
        refresh.setId("dashboardRefresh");
        refresh.setOnAction(e -> model.refresh());
        HBox bar = new HBox(8, done, dismiss, snooze, open, refresh);
        bar.setStyle("-fx-padding: 8;");
        return bar;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(ctx.text(key));
        b.setId(id);
        b.disableProperty().bind(model.selectedProperty().isNull());
        b.setOnAction(e -> action.run());
        return b;
    }

    private DeadlineEntry selected() { return model.selectedProperty().get().entry(); }

    private void markDone() {
        DeadlineEntry e = selected();
        new DoneDialog(ctx).ask(window(), e).ifPresent(a -> {
            model.selectedProperty().set(null);
            model.markDone(e, a.note(), a.replyNumber());
        });
    }

    private void dismiss() {
        DeadlineEntry e = selected();
        new DismissDialog(ctx).ask(window(), e).ifPresent(reason -> {
            model.selectedProperty().set(null);
            model.dismiss(e, reason);
        });
    }

    private void snooze() {
        var reminder = model.reminderOf(selected());
        if (reminder.isEmpty()) {
            Dialogs.showInfo(window(), ctx.messages(), ctx.text("dashboard.snooze.title"), ctx.text("dashboard.snooze.nothing"));
            return;
        }
        new SnoozeChoice(ctx).ask(window()).ifPresent(until -> model.snooze(reminder.get(), until));
    }

    private void open() { actions.openLetter(selected().letter().letterId(), selected().id()); }

    private void announce(List<Reminder> fresh) {
        String text = fresh.size() == 1 ? ReminderText.line(fresh.get(0), ctx.messages(), java.time.LocalDate.now(ctx.clock()))
                : ctx.text("dashboard.notifications.many", fresh.size());
        tray.notify(ctx.text("dashboard.notifications"), text);
    }

    private Window window() { return root.getScene() == null ? null : root.getScene().getWindow(); }
}
