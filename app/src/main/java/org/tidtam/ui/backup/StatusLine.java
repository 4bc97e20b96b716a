package org.tidtam.ui.backup;

import java.io.StringWriter;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.tidtam.check.CheckReport;
import org.tidtam.check.CheckReportWriter;
import org.tidtam.check.CheckResult;
import org.tidtam.check.RegisterCheck;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.TaskRunner;
import org.tidtam.ui.common.UiContext;

/**
 * The line at the bottom of the window: the register check's verdict in one sentence (all in order, or the
 * first thing wrong and where), with the full report a click away. At start it runs {@link RegisterCheck#quick},
 * which leaves out the whole-file integrity check (over a minute on a million letters); "full check" runs all.
 */
final class StatusLine {
    private final UiContext ctx;
    private final Stage stage;
    private final TaskRunner runner;
    private final Label text = new Label();
    private final Label activity = new Label();
    private final Button details = new Button();
    private final Button full = new Button();
    private final HBox node;
    private CheckReport last;
    private boolean lastWasFull;

    StatusLine(UiContext ctx, Stage stage, TaskRunner runner, BackupModel backups) {
        this.ctx = ctx;
        this.stage = stage;
        this.runner = runner;
        text.setId("checkStatus");
        activity.setId("safetyActivity");
        activity.textProperty().bind(backups.activityProperty());
        details.setText(ctx.text("safety.status.details"));
        details.setId("checkDetails");
        details.setDisable(true);
        details.setOnAction(e -> showReport());
        full.setText(ctx.text("safety.status.full"));
        full.setId("checkFull");
        full.setOnAction(e -> check(true));
        details.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        full.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setMinWidth(0);
        text.setTooltip(new javafx.scene.control.Tooltip());
        text.getTooltip().textProperty().bind(text.textProperty()); // the whole verdict when the line is cut
        HBox.setHgrow(text, Priority.SOMETIMES);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        node = new HBox(8, text, details, full, spacer, activity);
        node.setAlignment(Pos.CENTER_LEFT);
        node.getStyleClass().add("status-bar");
        node.setId("safetyStatusLine");
    }

    Node node() { return node; }

    /** Checks again (quick or full) off the FX thread and shows the verdict. */
    void check(boolean everything) {
        text.setText(ctx.text("safety.busy.check"));
        full.setDisable(true);
        runner.submit(BackgroundTask.of(() -> {
            RegisterCheck check = new RegisterCheck(ctx.core().database(), ctx.core().backupService(), ctx.clock(),
                    ctx.messages());
            return everything ? check.run() : check.quick();
        })
                .onSuccess(report -> show(report, everything))
                .onError(Throwable.class, e -> {
                    full.setDisable(false);
                    text.setText(ctx.text("safety.status.failed",
                            org.tidtam.ui.common.Dialogs.messageOf(ctx.messages(), e)));
                }));
    }

    private void show(CheckReport report, boolean everything) {
        last = report;
        lastWasFull = everything;
        details.setDisable(false);
        full.setDisable(false);
        text.setText(verdict(report, everything));
        text.getStyleClass().removeAll("check-ok", "check-problem");
        text.getStyleClass().add(report.ok() ? "check-ok" : "check-problem");
    }

    String verdict(CheckReport report, boolean everything) {
        if (report.ok()) {
            return ctx.text(everything ? "safety.status.okFull" : "safety.status.ok");
        }
        CheckResult first = report.results().stream().filter(r -> !r.ok()).findFirst().orElseThrow();
        String where = first.details().isEmpty() ? first.summary() : first.summary() + " " + first.details().get(0);
        String line = ctx.text("safety.status.problem", first.title(), where);
        return report.findings() > 1 ? line + " " + ctx.text("safety.status.more", report.findings() - 1) : line;
    }

    /** The whole report as `check` prints it. */
    String reportText() {
        StringWriter out = new StringWriter();
        CheckReportWriter.text(last, out);
        return out + System.lineSeparator()
                + ctx.text(lastWasFull ? "safety.report.fullNote" : "safety.report.quickNote");
    }

    private void showReport() {
        if (last != null) {
            TextDialog.show(stage, ctx, ctx.text("safety.report.title"), null, reportText(), "checkReportText");
        }
    }
}
