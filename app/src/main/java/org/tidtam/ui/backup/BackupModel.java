package org.tidtam.ui.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tidtam.backup.BackupAge;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.TaskRunner;
import org.tidtam.ui.common.UiContext;

/**
 * The backup state the window shows (folder, newest backup's age, what is running) and the backup actions.
 * Backups run on their own runner, not the screens' worker: a backup of a 5 GB register takes a minute and
 * reads through its own connection, so the register stays usable meanwhile.
 */
public final class BackupModel {
    private final UiContext ctx;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ObjectProperty<BackupAge> age = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty activity = new SimpleStringProperty("");
    private final List<Runnable> afterChange = new ArrayList<>();

    BackupModel(UiContext ctx, TaskRunner runner, Consumer<Throwable> errors) {
        this.ctx = ctx;
        this.runner = runner;
        this.errors = errors;
    }

    private record State(Path folder, BackupAge age) { }

    /** Reads the folder and the newest backup's age again. */
    public void refresh() {
        runner.submit(BackgroundTask.of(() -> new State(ctx.core().backupFolder(),
                        ctx.core().backupService().newestBackupAge(ctx.clock())))
                .onSuccess(s -> {
                    folder.set(s.folder());
                    age.set(s.age());
                })
                .onError(Throwable.class, errors));
    }

    /** Today's backup into the configured folder (read-only too: it only reads the register), then prunes. */
    public void backupNow() {
        if (busy.get()) {
            return;
        }
        start(ctx.text("safety.busy.backup"));
        runner.submit(BackgroundTask.of(() -> ctx.core().backupService().backupNow(ctx.clock()))
                .onSuccess(file -> finish(ctx.text("safety.backup.done", file)))
                .onError(Throwable.class, e -> {
                    finish("");
                    errors.accept(e);
                }));
    }

    /** Saves a new folder once a file could be written there; an unwritable one is explained and not saved. */
    public void changeFolder(Path chosen) {
        runner.submit(BackgroundTask.of(() -> {
            ctx.core().changeBackupFolder(chosen);
            return ctx.core().backupFolder();
        }).onSuccess(saved -> finish(ctx.text("safety.pane.folderSaved", saved))).onError(Throwable.class, errors));
    }

    /** Runs after a backup, a folder change or a restore (the status line checks again). */
    public void onChange(Runnable action) { afterChange.add(action); }

    void start(String what) {
        busy.set(true);
        activity.set(what);
    }

    void finish(String message) {
        busy.set(false);
        activity.set(message);
        refresh();
        afterChange.forEach(Runnable::run);
    }

    TaskRunner runner() { return runner; }

    public ReadOnlyObjectProperty<Path> folderProperty() { return folder; }

    public ReadOnlyObjectProperty<BackupAge> ageProperty() { return age; }

    public ReadOnlyBooleanProperty busyProperty() { return busy; }

    /** What is running, or the last outcome ("backed up: FILE"). */
    public ReadOnlyStringProperty activityProperty() { return activity; }
}
