package org.tidtam.ui.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.tidtam.backup.BackupAge;

/**
 * When the running window makes its daily backup: on a tick, when this Tidtam may write, the folder has no
 * backup of today yet, and the last attempt is at least {@link #RETRY_AFTER} old (a failing USB drive is not
 * hammered every tick). Pure apart from remembering the last attempt, so a fixed clock pins it down.
 */
final class DailyBackupSchedule {
    /** How often the timer asks. */
    static final Duration TICK = Duration.ofMinutes(15);
    static final Duration RETRY_AFTER = Duration.ofHours(1);

    private Instant lastAttempt;

    /** True when a backup should be made now; counts as an attempt. */
    synchronized boolean due(Clock clock, BackupAge newest, boolean readOnly) {
        if (readOnly || (newest.exists() && !newest.newest().isBefore(LocalDate.now(clock)))) {
            return false;
        }
        Instant now = clock.instant();
        if (lastAttempt != null && now.isBefore(lastAttempt.plus(RETRY_AFTER))) {
            return false;
        }
        lastAttempt = now;
        return true;
    }
}
