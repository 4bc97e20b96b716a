package org.tidtam.ui.report;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.tidtam.report.ReportFormat;
import org.tidtam.report.Week;
import org.tidtam.thai.ThaiDateStyle;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.ThaiDatePickers;
import org.tidtam.ui.common.UiContext;

/**
 * The weekly summary before export (Ctrl+P): a week chooser (any day of the week in พ.ศ., previous and
 * next week), the summary's sections, and one button per file format. Exports write the summary on
 * screen, so the file holds what the user saw.
 */
public final class WeeklyPreviewView {
    private final UiContext ctx;
    private final WeeklyPreviewModel model;
    private final ReportScreens screens;
    private final Stage stage = new Stage();
    private final ScrollPane content = new ScrollPane();
    private final Label weekLabel = new Label();

    WeeklyPreviewView(UiContext ctx, WeeklyPreviewModel model, ReportScreens screens) {
        this.ctx = ctx;
        this.model = model;
        this.screens = screens;
        model.onError(e -> Dialogs.showError(stage, ctx.messages(), e));
    }

    public WeeklyPreviewModel model() { return model; }

    void show(Stage owner) {
        BorderPane root = new BorderPane(content, weekBar(), null, exportBar(), null);
        root.setId("weeklyPreview");
        content.setFitToWidth(true);
        content.setId("previewScroll");
        model.previewProperty().addListener((o, was, now) -> {
            if (now != null) {
                content.setContent(new SummaryPane(ctx).of(now));
            }
        });
        model.dayProperty().addListener((o, was, now) -> weekLabel.setText(weekText(now)));
        weekLabel.setText(weekText(model.dayProperty().get()));
        Scene scene = new Scene(root, 1180, 760);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        Styles.apply(scene);
        stage.setScene(scene);
        stage.setTitle(ctx.text("reportui.weekly.title"));
        stage.initOwner(owner);
        stage.show();
        model.reload();
    }

    boolean isShowing() { return stage.isShowing(); }

    void toFront() { stage.toFront(); }

    private HBox weekBar() {
        DatePicker picker = ThaiDatePickers.create("weekOf", ctx.text("reportui.week.pick"));
        picker.valueProperty().bindBidirectional(model.dayProperty());
        Button previous = button("previousWeek", "reportui.week.previous", model::previousWeek);
        Button next = button("nextWeek", "reportui.week.next", model::nextWeek);
        Button current = button("thisWeek", "reportui.week.current", model::thisWeek);
        CheckBox secret = new CheckBox(ctx.text("reportui.showSecret"));
        secret.setId("showSecret");
        secret.selectedProperty().bindBidirectional(model.showSecretProperty());
        weekLabel.setId("weekLabel");
        weekLabel.getStyleClass().add("section-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(ctx.text("reportui.week.pick")), previous, picker, next, current, weekLabel,
                gap, secret);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10));
        return bar;
    }

    private HBox exportBar() {
        Button xlsx = exportButton(ReportFormat.XLSX);
        xlsx.setDefaultButton(true);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("exportProgress");
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(model.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = button("closePreview", "reportui.close", stage::close);
        HBox bar = new HBox(8, new Label(ctx.text("reportui.export.label")), xlsx, exportButton(ReportFormat.CSV),
                exportButton(ReportFormat.PDF), exportButton(ReportFormat.JSON), progress, gap, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10));
        return bar;
    }

    private Button exportButton(ReportFormat format) {
        String name = format.extension();
        Button b = button("export-" + name, "reportui.export." + name, () -> export(format));
        b.disableProperty().bind(model.busyProperty().or(model.previewProperty().isNull()));
        return b;
    }

    /** Writes the summary on screen in the format; the default name is the week's Monday in พ.ศ. */
    public void export(ReportFormat format) {
        WeeklyPreview shown = model.previewProperty().get();
        if (shown == null) {
            return;
        }
        SaveRequest request = screens.request("reportui.weekly.saveTitle",
                FileNames.weekly(ctx.messages(), shown.summary().week().monday(), format),
                "reportui.filter." + format.extension(), format.extension());
        var exporter = screens.exporter();
        screens.flow().save(stage, request, model::setBusy,
                (file, force) -> model.export(shown.summary(), exporter, format, file, force));
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(ctx.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** "สัปดาห์ที่ จันทร์ 13 ม.ค. 2568 – อาทิตย์ 19 ม.ค. 2568". */
    String weekText(LocalDate day) {
        Week week = Week.of(day);
        return ctx.text("reportui.week.label", dayText(week.monday()), dayText(week.sunday()));
    }

    private static String dayText(LocalDate d) {
        return ThaiDateStyle.FULL.weekday(d.getDayOfWeek()) + " " + ThaiDateStyle.SHORT.format(d);
    }
}
