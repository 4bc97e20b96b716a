package org.tidtam.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Walks the audit chain from its first row and reports every row that does not fit. */
public final class AuditVerifier {
    /** At most this many findings are listed; a tampered row usually explains the rest. */
    static final int MAX_FINDINGS = 100;

    private final Database db;

    public AuditVerifier(Database db) { this.db = db; }

    public AuditReport verify() { return db.read(AuditVerifier::walk); }

    private static AuditReport walk(Connection c) throws SQLException {
        List<AuditReport.Finding> findings = new ArrayList<>();
        String sql = "SELECT a.id, a.letter_id, a.at, a.user, a.field, a.old_value, a.new_value, a.prev_hash, "
                + "a.hash, l.reg_year, l.reg_no FROM audit_log a LEFT JOIN letters l ON l.id = a.letter_id "
                + "ORDER BY a.id";
        long rows = 0;
        String expectedPrev = AuditChain.GENESIS;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows++;
                long id = rs.getLong(1);
                String prev = rs.getString(8);
                String hash = rs.getString(9);
                String regNo = rs.getObject(10) == null ? "?" : rs.getInt(10) + "/" + rs.getInt(11);
                String recomputed = AuditChain.hash(id, rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), prev);
                if (!recomputed.equals(hash) && findings.size() < MAX_FINDINGS) {
                    findings.add(new AuditReport.Finding(id, rs.getLong(2), regNo, AuditReport.Problem.CONTENT_CHANGED));
                }
                if (!expectedPrev.equals(prev) && findings.size() < MAX_FINDINGS) {
                    findings.add(new AuditReport.Finding(id, rs.getLong(2), regNo, AuditReport.Problem.LINK_BROKEN));
                }
                expectedPrev = hash;
            }
        }
        return new AuditReport(rows, findings);
    }
}
