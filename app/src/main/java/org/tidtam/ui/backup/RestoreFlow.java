package org.tidtam.ui.backup;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tidtam.app.Core;
import org.tidtam.app.Reopened;
import org.tidtam.backup.BackupReport;
import org.tidtam.backup.RestoreResult;
import org.tidtam.backup.RestoreService;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.UiContext;

/**
 * Restore from the window: check the file off the FX thread, show what it holds, ask with a clear warning,
 * then replace the register and reload the window from the restored file. A refused file (not SQLite, not
 * Tidtam's, newer, corrupt) gets its Thai message and nothing changes.
 *
 * <p>The reload is live: {@link Core#reopenAfter} closes the database but keeps the single-writer lock, so no
 * other Tidtam can slip in between, and the composition root rebuilds the window on the new Core. That is safe
 * because every screen reaches the register only through the UiContext the rebuild replaces; secondary
 * windows built on the old one are closed first.
 */
final class RestoreFlow {
    private final UiContext ctx;
    private final Stage stage;
    private final BackupModel model;
    private final Consumer<Core> coreReplaced;

    RestoreFlow(UiContext ctx, Stage stage, BackupModel model, Consumer<Core> coreReplaced) {
        this.ctx = ctx;
        this.stage = stage;
        this.model = model;
        this.coreReplaced = coreReplaced;
    }

    void choose(PathChooser chooser) {
        if (refusedReadOnly()) {
            return;
        }
        chooser.backupFile(stage, model.folderProperty().get()).ifPresent(this::restoreFrom);
    }

    /** Inspects the file, shows the report and asks; restores only on yes. */
    void restoreFrom(Path file) {
        if (refusedReadOnly() || model.busyProperty().get()) {
            return;
        }
        model.start(ctx.text("safety.busy.inspect", file.getFileName()));
        ctx.runner().submit(BackgroundTask.of(() -> ctx.core().restoreService().inspect(file))
                .onSuccess(report -> {
                    model.finish("");
                    if (confirmed(report)) {
                        restore(file, report);
                    }
                })
                .onError(Throwable.class, this::refused));
    }

    private boolean confirmed(BackupReport report) {
        String text = String.join("\n", report.describe(ctx.messages())) + "\n\n"
                + ctx.text("safety.restore.warning", ctx.core().backupFolder());
        return Dialogs.confirm(stage, ctx.messages(), ctx.text("safety.restore.confirmTitle"), text,
                "safety.restore.yes");
    }

    /** Runs on the screens' worker, so no page load can meet the closed database halfway. */
    private void restore(Path file, BackupReport report) {
        RestoreService service = ctx.core().restoreService();
        model.start(ctx.text("safety.busy.restore"));
        closeSecondaryWindows();
        Parent window = stage.getScene().getRoot();
        stage.getScene().setRoot(busy());
        ctx.runner().submit(BackgroundTask.of(() -> ctx.core().reopenAfter(
                        db -> service.restore(file, report, ctx.clock())))
                .onSuccess(this::reopened)
                .onError(Throwable.class, e -> {
                    stage.getScene().setRoot(window);
                    refused(e);
                }));
    }

    /** Stands in for the window while the file is replaced: the old screens must not ask the closed register. */
    private Parent busy() {
        Label text = new Label(ctx.text("safety.busy.restore"));
        VBox box = new VBox(12, new ProgressIndicator(), text);
        box.setAlignment(Pos.CENTER);
        Styles.apply(box);
        return box;
    }

    private void reopened(Reopened<RestoreResult> r) {
        coreReplaced.accept(r.core());
        if (r.succeeded()) {
            Dialogs.showInfo(stage, ctx.messages(), ctx.text("safety.restore.doneTitle"), ctx.text(
                    "safety.restore.done", r.value().restored().letters(), r.value().preRestoreCopy()));
        } else {
            Dialogs.showInfo(stage, ctx.messages(), ctx.text("ui.error.title"),
                    ctx.text("safety.restore.failed", Dialogs.messageOf(ctx.messages(), r.failure())));
        }
    }

    private void refused(Throwable e) {
        model.finish("");
        Dialogs.showError(stage, ctx.messages(), e);
    }

    private boolean refusedReadOnly() {
        if (!ctx.core().readOnly()) {
            return false;
        }
        Dialogs.showError(stage, ctx.messages(), ctx.core().lock().refusal());
        return true;
    }

    private void closeSecondaryWindows() {
        for (Window w : java.util.List.copyOf(Window.getWindows())) {
            if (w != stage && w instanceof Stage s && s.getOwner() != null) {
                s.close();
            }
        }
    }
}
