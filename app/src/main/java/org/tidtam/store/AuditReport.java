package org.tidtam.store;

import java.util.List;

/**
 * The result of verifying the audit chain.
 *
 * @param rows     audit rows read
 * @param findings rows that do not fit, oldest first (at most {@link AuditVerifier#MAX_FINDINGS})
 */
public record AuditReport(long rows, List<Finding> findings) {
    public enum Problem {
        /** The row's content no longer gives its hash: a field was edited. */
        CONTENT_CHANGED,
        /** The row does not point at the row before it: a row was removed, inserted or reordered. */
        LINK_BROKEN
    }

    /** One row that breaks the chain, with the entry it belongs to ("2568/15", "?" if that is gone). */
    public record Finding(long auditId, long letterId, String regNo, Problem problem) { }

    public AuditReport {
        findings = List.copyOf(findings);
    }

    public boolean intact() { return findings.isEmpty(); }
}
