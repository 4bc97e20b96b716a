package org.tidtam.check;

import java.util.List;
import org.tidtam.i18n.Messages;
import org.tidtam.store.Database;
import org.tidtam.store.StoreChecks;

/** SQLite's PRAGMA integrity_check: pages, indexes and constraints of the whole file. */
final class IntegrityCheck {
    private IntegrityCheck() { }

    static CheckResult run(Database db, Messages m) {
        List<String> lines = StoreChecks.integrityCheck(db);
        String title = m.get("check.integrity.title");
        if (lines.equals(List.of("ok"))) {
            return new CheckResult("integrity", title, true, m.get("check.ok"), List.of());
        }
        return new CheckResult("integrity", title, false, m.get("check.integrity.failed", db.file()), lines);
    }
}
