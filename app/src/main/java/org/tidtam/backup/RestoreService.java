package org.tidtam.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import org.tidtam.i18n.TidtamException;

/**
 * Replaces the register with a backup, in this order, so nothing is replaced unless every check passed:
 * (1) copy the candidate beside the database through SQLite's backup API and inspect that copy;
 * (2) it must hold what the user confirmed; (3) keep the current database as a pre-restore copy;
 * (4) fold its WAL in and leave WAL mode, so no stale -wal/-shm can be applied to the new file;
 * (5) rename the checked copy over the database in one atomic step.
 * The caller shows {@link #inspect} to the user, asks, closes every connection (Core), then calls
 * {@link #restore}.
 */
public final class RestoreService {
    private final Path database;
    private final Path preRestoreFolder;
    private final BackupInspector inspector;

    public RestoreService(Path database, Path preRestoreFolder, BackupInspector inspector) {
        this.database = database.toAbsolutePath();
        this.preRestoreFolder = preRestoreFolder.toAbsolutePath();
        this.inspector = inspector;
    }

    /** Checks the candidate and reports what it holds, for the user to confirm. Changes nothing. */
    public BackupReport inspect(Path candidate) { return inspector.inspect(candidate.toAbsolutePath()); }

    /** Restores the candidate whose report the user confirmed. Every connection to the database must be closed. */
    public RestoreResult restore(Path candidate, BackupReport confirmed, Clock clock) {
        Path tmp = database.resolveSibling(database.getFileName() + ".restore.tmp");
        try {
            BackupReport checked = copyAndCheck(candidate.toAbsolutePath(), tmp);
            if (!checked.sameContentAs(confirmed)) {
                throw new TidtamException("backup.restore.changed", candidate);
            }
            Path pre = keepCurrent(clock);
            quiesceCurrent();
            replace(tmp);
            return new RestoreResult(checked, pre);
        } finally {
            BackupService.deleteQuietly(tmp);
        }
    }

    private void replace(Path checkedCopy) {
        try {
            BackupService.moveIntoPlace(checkedCopy, database);
        } catch (IOException e) {
            throw new TidtamException(e, "backup.restore.replaceFailed", database, e.getMessage());
        }
        fsyncFolder(database.getParent());
    }

    private BackupReport copyAndCheck(Path candidate, Path tmp) {
        BackupInspector.requireSqliteFile(candidate);
        BackupService.ensureWritable(database.getParent());
        try {
            SqliteCopy.copy(candidate, tmp);
        } catch (SQLException | IOException e) {
            throw new TidtamException(e, "backup.inspect.corrupt", candidate, e.getMessage());
        }
        return inspector.inspect(tmp, candidate);
    }

    private Path keepCurrent(Clock clock) {
        if (!Files.isRegularFile(database)) {
            return null;
        }
        BackupService.ensureWritable(preRestoreFolder);
        String name = BackupName.preRestore(BackupName.stemOf(database), LocalDateTime.now(clock));
        Path pre = preRestoreFolder.resolve(name);
        try {
            SqliteCopy.copy(database, pre);
            return pre;
        } catch (SQLException | IOException e) {
            throw new TidtamException(e, "backup.restore.preCopyFailed", pre, e.getMessage());
        }
    }

    /** Checkpoints the WAL into the file and leaves WAL mode; fails if another connection still has it open. */
    private void quiesceCurrent() {
        if (!Files.isRegularFile(database)) {
            return;
        }
        try (Connection c = SqliteCopy.open(database, false); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            if (!"delete".equalsIgnoreCase(queryString(s, "PRAGMA journal_mode=DELETE"))) {
                throw new TidtamException("backup.restore.inUse", database);
            }
        } catch (SQLException e) {
            throw new TidtamException(e, "backup.restore.inUse", database);
        }
        for (String suffix : new String[] {"-wal", "-journal"}) {
            if (Files.exists(database.resolveSibling(database.getFileName() + suffix))) {
                throw new TidtamException("backup.restore.inUse", database);
            }
        }
        BackupService.deleteQuietly(database.resolveSibling(database.getFileName() + "-shm"));
    }

    private static String queryString(Statement s, String sql) throws SQLException {
        try (java.sql.ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static void fsyncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }
}
