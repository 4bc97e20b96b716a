package org.tidtam.ui.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.tidtam.app.Core;

/**
 * The backup made when Tidtam closes, before the database closes. It never stops the close: a failure (USB
 * drive gone, folder full) is logged, and a backup still running after the limit (a hung network share) is
 * left behind; its unfinished temporary file is cleared by a later backup. A read-only Tidtam leaves backups
 * to the one that holds the lock.
 */
public final class CloseBackup {
    public static final Duration LIMIT = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(CloseBackup.class.getName());

    private CloseBackup() { }

    /** The backup written, or empty when none was made (read-only, failed, or not finished in time). */
    public static Optional<Path> run(Core core, Duration limit) {
        if (core == null || core.readOnly()) {
            return Optional.empty();
        }
        org.tidtam.backup.BackupService service;
        try {
            service = core.backupService();
        } catch (RuntimeException e) {
            LOG.warning("no backup on close: " + e);
            return Optional.empty();
        }
        AtomicReference<Path> written = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                written.set(service.backupOnClose(core.config().clock()));
            } catch (RuntimeException e) {
                LOG.warning("backup on close failed: " + e);
            }
        }, "tidtam-close-backup");
        t.setDaemon(true);
        t.start();
        try {
            t.join(limit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            LOG.warning("backup on close still running after " + limit + "; closing anyway");
        }
        return Optional.ofNullable(written.get());
    }
}
