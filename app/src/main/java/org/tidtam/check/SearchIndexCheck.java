package org.tidtam.check;

import java.util.ArrayList;
import java.util.List;
import org.tidtam.i18n.Messages;
import org.tidtam.store.Database;
import org.tidtam.store.StoreChecks;
import org.tidtam.store.StoreChecks.IndexAgreement;

/**
 * The full-text indexes against the letters: every letter in the register index, every letter with text in
 * the body index, nothing else; plus FTS5's own deep check of the register index where writing is allowed.
 */
final class SearchIndexCheck {
    private SearchIndexCheck() { }

    /** @param deep also run FTS5's own integrity check (reads the whole index; skipped when read-only) */
    static CheckResult run(Database db, Messages m, boolean deep) {
        IndexAgreement register = StoreChecks.registerIndex(db);
        IndexAgreement body = StoreChecks.bodyIndex(db);
        List<String> details = new ArrayList<>();
        describe(register, m, details);
        describe(body, m, details);
        if (deep && !db.readOnly() && details.isEmpty()) {
            StoreChecks.registerIndexDeepCheck(db)
                    .ifPresent(problem -> details.add(m.get("check.index.deep", problem)));
        }
        String title = m.get("check.index.title");
        String summary = m.get("check.index.counts", register.expected(), register.indexed(), body.expected(),
                body.indexed());
        return new CheckResult("search-index", title, details.isEmpty(), summary, details);
    }

    private static void describe(IndexAgreement a, Messages m, List<String> out) {
        a.missing().forEach(regNo -> out.add(m.get("check.index.missing", regNo, a.index())));
        a.orphans().forEach(rowid -> out.add(m.get("check.index.orphan", a.index(), String.valueOf(rowid))));
    }
}
