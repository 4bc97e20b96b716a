package org.tidtam.ui.backup;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.tidtam.app.Core;
import org.tidtam.app.Logging;
import org.tidtam.check.Diagnostics;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.ui.common.TaskRunner;
import org.tidtam.ui.common.UiContext;

/**
 * Help → copy diagnostic info: versions, paths, sizes and the full check (no letter text), gathered off the
 * FX thread because the check reads the whole file, then put on the clipboard and shown.
 */
final class DiagnosticsAction {
    private final UiContext ctx;
    private final Stage stage;
    private final TaskRunner runner;
    private final BackupModel status;

    DiagnosticsAction(UiContext ctx, Stage stage, TaskRunner runner, BackupModel status) {
        this.ctx = ctx;
        this.stage = stage;
        this.runner = runner;
        this.status = status;
    }

    void run() {
        status.start(ctx.text("safety.busy.diagnostics"));
        runner.submit(BackgroundTask.of(this::gather)
                .onSuccess(text -> {
                    status.finish("");
                    ClipboardContent content = new ClipboardContent();
                    content.putString(text);
                    Clipboard.getSystemClipboard().setContent(content);
                    TextDialog.show(stage, ctx, ctx.text("safety.diagnostics.title"),
                            ctx.text("safety.diagnostics.copied"), text, "diagnosticsText");
                })
                .onError(Throwable.class, e -> {
                    status.finish("");
                    Dialogs.showError(stage, ctx.messages(), e);
                }));
    }

    private String gather() {
        Core core = ctx.core();
        var dataDir = core.config().dataDir();
        return Diagnostics.gather(core.database(), dataDir, Logging.logDir(dataDir), core.backupService(),
                ctx.clock(), ctx.messages());
    }
}
