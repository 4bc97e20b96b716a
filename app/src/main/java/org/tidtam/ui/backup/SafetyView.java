package org.tidtam.ui.backup;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.tidtam.app.Core;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.ui.common.TaskRunner;
import org.tidtam.ui.common.UiContext;

/**
 * What the main window shows and does for the register's safety: the read-only banner and backup warning
 * (top), the check's status line (bottom), backup now, restore, the backup pane for settings, and the
 * diagnostics for support. Built by the composition root with a runner of its own for backups and checks,
 * and a way to hand a reopened Core back after a restore.
 */
public final class SafetyView {
    private final UiContext ctx;
    private final Stage stage;
    private final BackupModel backups;
    private final SafetyBars bars;
    private final StatusLine status;
    private final RestoreFlow restore;
    private final DiagnosticsAction diagnostics;
    private PathChooser chooser;

    public SafetyView(UiContext ctx, Stage stage, TaskRunner safetyRunner, Consumer<Core> coreReplaced) {
        this.ctx = ctx;
        this.stage = stage;
        this.backups = new BackupModel(ctx, safetyRunner, e -> Dialogs.showError(stage, ctx.messages(), e));
        this.bars = new SafetyBars(ctx, backups);
        this.status = new StatusLine(ctx, stage, safetyRunner, backups);
        this.restore = new RestoreFlow(ctx, stage, backups, coreReplaced);
        this.diagnostics = new DiagnosticsAction(ctx, stage, safetyRunner, backups);
        this.chooser = PathChooser.native_(ctx.messages());
        backups.onChange(() -> status.check(false));
    }

    /** Banner and backup warning, for under the menu bar. */
    public Node top() { return bars.node(); }

    /** The status line, for the bottom of the window. */
    public Node bottom() { return status.node(); }

    /**
     * Reads the backup state and runs the quick check; call once the window is on screen, after its first
     * loads were submitted. The check holds the database for seconds on a large register, so it waits in
     * the screens' queue until the register's first page and the dashboard are in (measured on 1,000,000
     * letters: the window was usable after 16 s instead of about 4 when the check went first).
     */
    public void start() {
        ctx.runner().submit(org.tidtam.ui.common.BackgroundTask.of(() -> Boolean.TRUE).onSuccess(ready -> {
            backups.refresh();
            status.check(false);
        }));
    }

    public BackupModel backups() { return backups; }

    /** A new backup pane for the settings window (it shares this window's state). */
    public BackupPane backupPane() {
        return new BackupPane(ctx, backups, this::changeFolder, this::restore);
    }

    public void backupNow() { backups.backupNow(); }

    public void restore() { restore.choose(chooser); }

    public void copyDiagnostics() { diagnostics.run(); }

    /** Refuses a write with the lock's message when another Tidtam holds it; true when refused. */
    public boolean refuseWhenReadOnly() {
        if (!ctx.core().readOnly()) {
            return false;
        }
        Dialogs.showError(stage, ctx.messages(), ctx.core().lock().refusal());
        return true;
    }

    /** Tests put their own in place of the system's file dialogs. */
    public void usePathChooser(PathChooser other) { this.chooser = other; }

    private void changeFolder() {
        if (!refuseWhenReadOnly()) {
            chooser.folder(stage, backups.folderProperty().get()).ifPresent(backups::changeFolder);
        }
    }
}
