package org.tidtam.check;

import java.time.Clock;
import java.util.List;
import org.tidtam.backup.BackupService;
import org.tidtam.i18n.Messages;
import org.tidtam.store.Database;

/**
 * `check` and the window's status line: the file's integrity, the audit chain, the search indexes and the
 * backup's age, each saying exactly what is wrong and where. Reads only (the one exception, FTS5's deep
 * check, is an empty write transaction and is skipped on a read-only database).
 */
public final class RegisterCheck {
    private final Database db;
    private final BackupService backups;
    private final Clock clock;
    private final Messages messages;

    public RegisterCheck(Database db, BackupService backups, Clock clock, Messages messages) {
        this.db = db;
        this.backups = backups;
        this.clock = clock;
        this.messages = messages;
    }

    /** Runs every check. The integrity check reads the whole file: seconds per GB, run it in the background. */
    public CheckReport run() {
        return new CheckReport(List.of(IntegrityCheck.run(db, messages), AuditCheck.run(db, messages),
                SearchIndexCheck.run(db, messages, true), BackupCheck.run(backups, clock, messages)));
    }

    /**
     * The checks that stay quick on a large register, for the window's start: the audit chain, the indexes'
     * agreement with the letters and the backup's age. Leaves out SQLite's integrity_check and FTS5's deep
     * check, which read the whole file (over a minute on a million letters); {@link #run} does everything.
     */
    public CheckReport quick() {
        return new CheckReport(List.of(AuditCheck.run(db, messages), SearchIndexCheck.run(db, messages, false),
                BackupCheck.run(backups, clock, messages)));
    }
}
