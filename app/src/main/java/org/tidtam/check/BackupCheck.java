package org.tidtam.check;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.tidtam.backup.BackupAge;
import org.tidtam.backup.BackupService;
import org.tidtam.i18n.Messages;

/** The newest daily backup: missing, or older than {@link BackupAge#WARN_AFTER_DAYS} days, is a finding. */
final class BackupCheck {
    private BackupCheck() { }

    static CheckResult run(BackupService backups, Clock clock, Messages m) {
        BackupAge age = backups.newestBackupAge(clock);
        String title = m.get("check.backup.title");
        Path folder = backups.folder();
        if (!age.exists()) {
            return new CheckResult("backup", title, false, m.get("check.backup.none", folder),
                    List.of(m.get("check.backup.hint")));
        }
        String summary = m.get(age.isStale() ? "check.backup.stale" : "check.backup.ok", age.days(),
                age.newest().toString(), age.file().toString());
        return new CheckResult("backup", title, !age.isStale(), summary,
                age.isStale() ? List.of(m.get("check.backup.hint")) : List.of());
    }
}
