package org.tidtam.ui.backup;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.tidtam.app.Core;
import org.tidtam.backup.BackupService;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.TaskRunner;

/**
 * The once-a-day backup while Tidtam runs: every {@link DailyBackupSchedule#TICK} it asks the schedule off the
 * FX thread and backs up (then prunes) when due. Failures are logged, not shown: the backup warning bar tells
 * the user once the newest backup gets old. The Core is fetched on each tick because a restore replaces it.
 */
public final class DailyBackupTimer {
    private static final Logger LOG = Logger.getLogger(DailyBackupTimer.class.getName());
    private final Supplier<Core> core;
    private final TaskRunner runner;
    private final Runnable afterBackup;
    private final DailyBackupSchedule schedule = new DailyBackupSchedule();
    private Timeline timeline;

    public DailyBackupTimer(Supplier<Core> core, TaskRunner runner, Runnable afterBackup) {
        this.core = core;
        this.runner = runner;
        this.afterBackup = afterBackup;
    }

    public void start() {
        timeline = new Timeline(new KeyFrame(Duration.millis(DailyBackupSchedule.TICK.toMillis()), e -> tick()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
    }

    public void stop() {
        if (timeline != null) {
            timeline.stop();
        }
    }

    void tick() {
        Core c = core.get();
        runner.submit(BackgroundTask.of(() -> backupIfDue(c))
                .onSuccess(made -> made.ifPresent(f -> afterBackup.run()))
                .onError(Throwable.class, e -> LOG.warning("daily backup failed: " + e)));
    }

    private Optional<Path> backupIfDue(Core c) {
        BackupService service = c.backupService();
        var clock = c.config().clock();
        if (!schedule.due(clock, service.newestBackupAge(clock), c.readOnly())) {
            return Optional.empty();
        }
        return service.dailyIfDue(clock);
    }
}
