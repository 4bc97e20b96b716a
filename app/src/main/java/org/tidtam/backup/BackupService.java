package org.tidtam.backup;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.tidtam.i18n.TidtamException;

/**
 * Backs the live database up into a folder (default DATA_DIR/backups; may be a USB drive or a network folder),
 * one file per day named {@code tidtam-YYYY-MM-DD.db}, and prunes old ones by a {@link RetentionPolicy}.
 * Each copy is written under a temporary name and renamed, so a folder never holds a half-written backup.
 */
public final class BackupService {
    public static final String FOLDER = "backups";
    static final String TMP_SUFFIX = ".tmp";
    private static final Duration STALE_TMP = Duration.ofDays(1);
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    private final Path database;
    private final Path folder;
    private final RetentionPolicy retention;

    public BackupService(Path database, Path folder, RetentionPolicy retention) {
        this.database = database.toAbsolutePath();
        this.folder = folder.toAbsolutePath();
        this.retention = retention;
    }

    public BackupService(Path database, Path folder) { this(database, folder, RetentionPolicy.DEFAULT); }

    /** The default folder: {@code backups} beside the database. */
    public static Path defaultFolder(Path dataDir) { return dataDir.resolve(FOLDER); }

    public Path folder() { return folder; }

    public Path database() { return database; }

    /** Backups carry the register's name (see BackupName): two registers may share a folder. */
    private String stem() { return BackupName.stemOf(database); }

    /** Backs up into {@code out} (replaced if it exists). Returns out. */
    public Path backupTo(Path out) {
        Path target = out.toAbsolutePath();
        Path parent = target.getParent();
        requireDatabase();
        ensureWritable(parent);
        Path tmp = null;
        try {
            // unique per writer: a second Tidtam backing up the same day must not write into our temp file
            tmp = Files.createTempFile(parent, target.getFileName() + ".", TMP_SUFFIX);
            SqliteCopy.copy(database, tmp);
            moveIntoPlace(tmp, target);
            return target;
        } catch (SQLException | IOException e) {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
            throw new TidtamException(e, "backup.failed", target, e.getMessage());
        }
    }

    /** Today's backup in the folder (replacing an earlier one of the same day), then prunes old copies. */
    public Path backupNow(Clock clock) {
        Path file = backupTo(folder.resolve(BackupName.daily(stem(), LocalDate.now(clock))));
        prune();
        deleteStaleTemps(clock);
        return file;
    }

    /** The backup to make when the app closes: today's copy, refreshed. */
    public Path backupOnClose(Clock clock) { return backupNow(clock); }

    /** Today's backup if the folder has none for today yet (for a timer while the app runs). */
    public Optional<Path> dailyIfDue(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (!Files.isRegularFile(database) || dailyBackups().containsKey(today)) {
            return Optional.empty();
        }
        return Optional.of(backupNow(clock));
    }

    /** The age of the newest daily backup in the folder. */
    public BackupAge newestBackupAge(Clock clock) {
        TreeMap<LocalDate, Path> all = dailyBackups();
        if (all.isEmpty()) {
            return BackupAge.none();
        }
        Map.Entry<LocalDate, Path> newest = all.lastEntry();
        return BackupAge.of(newest.getKey(), newest.getValue(), LocalDate.now(clock));
    }

    /** Daily backups in the folder by day, oldest first. */
    public TreeMap<LocalDate, Path> dailyBackups() {
        TreeMap<LocalDate, Path> byDay = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return byDay;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile)
                    .forEach(f -> BackupName.dayOf(stem(), f).ifPresent(d -> byDay.put(d, f)));
        } catch (IOException e) {
            throw new TidtamException(e, "backup.folder.unreadable", folder);
        }
        return byDay;
    }

    /** Deletes the daily backups the policy does not keep; returns what was deleted. */
    public List<Path> prune() {
        TreeMap<LocalDate, Path> all = dailyBackups();
        Set<LocalDate> drop = retention.delete(all.keySet());
        List<Path> deleted = new ArrayList<>();
        for (LocalDate day : drop) {
            Path f = all.get(day);
            if (deleteQuietly(f)) {
                deleted.add(f);
            }
        }
        return deleted;
    }

    /** Temp files a crashed backup left behind (older than a day, so never one being written now). */
    private void deleteStaleTemps(Clock clock) {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith(stem() + "-")
                            && f.getFileName().toString().endsWith(TMP_SUFFIX))
                    .filter(f -> isOlderThan(f, clock.instant().minus(STALE_TMP)))
                    .forEach(BackupService::deleteQuietly);
        } catch (IOException e) {
            LOG.warning("could not list " + folder + ": " + e);
        }
    }

    private static boolean isOlderThan(Path f, java.time.Instant limit) {
        try {
            return Files.getLastModifiedTime(f).toInstant().isBefore(limit);
        } catch (IOException e) {
            return false;
        }
    }

    private void requireDatabase() {
        if (!Files.isRegularFile(database)) {
            throw new TidtamException("backup.noDatabase", database);
        }
    }

    /** Creates the folder if needed and proves a file can be written there; "backup.folder.unwritable" if not. */
    public static void requireWritableFolder(Path dir) { ensureWritable(dir); }

    static void ensureWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".tidtam-write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new TidtamException(e, "backup.folder.unwritable", dir);
        }
    }

    static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network folders cannot rename atomically; the temp file is complete, so a plain move is safe.
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static boolean deleteQuietly(Path f) {
        try {
            return Files.deleteIfExists(f);
        } catch (IOException e) {
            LOG.warning("could not delete " + f + ": " + e);
            return false;
        }
    }
}
