package org.tidtam.check;

import java.util.List;
import org.tidtam.i18n.Messages;
import org.tidtam.store.AuditReport;
import org.tidtam.store.AuditVerifier;
import org.tidtam.store.Database;
import org.tidtam.store.StoreChecks;

/** The audit log's hash chain: names each row that no longer fits (its letter, audit id and field). */
final class AuditCheck {
    private AuditCheck() { }

    static CheckResult run(Database db, Messages m) {
        AuditReport report = new AuditVerifier(db).verify();
        String title = m.get("check.audit.title");
        if (report.intact()) {
            return new CheckResult("audit", title, true, m.get("check.audit.ok", report.rows()), List.of());
        }
        List<String> details = report.findings().stream().map(f -> m.get(
                f.problem() == AuditReport.Problem.CONTENT_CHANGED ? "check.audit.changed" : "check.audit.link",
                f.regNo(), String.valueOf(f.auditId()), StoreChecks.auditField(db, f.auditId()))).toList();
        return new CheckResult("audit", title, false,
                m.get("check.audit.broken", report.findings().size(), report.rows()), details);
    }
}
