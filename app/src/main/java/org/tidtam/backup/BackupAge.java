package org.tidtam.backup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.tidtam.i18n.Messages;

/**
 * How old the newest daily backup is, for the settings screen and `check`.
 *
 * @param newest the day of the newest backup, null when there is none
 * @param file   that backup, null when there is none
 * @param days   whole days between it and today (0 = made today), -1 when there is none
 */
public record BackupAge(LocalDate newest, Path file, long days) {
    /** Older than this many days → a warning in the app. */
    public static final int WARN_AFTER_DAYS = 7;

    public static BackupAge none() { return new BackupAge(null, null, -1); }

    public static BackupAge of(LocalDate newest, Path file, LocalDate today) {
        return new BackupAge(newest, file, Math.max(0, ChronoUnit.DAYS.between(newest, today)));
    }

    public boolean exists() { return newest != null; }

    /** True when there is no backup or the newest is more than a week old. */
    public boolean isStale() { return !exists() || days > WARN_AFTER_DAYS; }

    /** The line the app shows: the backup's age, or a warning when it is stale. */
    public String describe(Messages messages) {
        if (!exists()) {
            return messages.get("backup.age.none");
        }
        return messages.get(isStale() ? "backup.age.stale" : "backup.age.ok", days, newest.toString());
    }

    /** The warning, only when there is one. */
    public Optional<String> warning(Messages messages) {
        return isStale() ? Optional.of(describe(messages)) : Optional.empty();
    }
}
