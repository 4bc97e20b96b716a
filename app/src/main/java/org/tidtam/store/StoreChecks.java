package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL behind `check`: SQLite's own integrity check, and whether the full-text indexes hold exactly the
 * letters they should (compared by rowid through their docsize tables, which works on a read-only
 * connection too). Findings are listed up to {@link #MAX_LISTED}; counts are always complete.
 */
public final class StoreChecks {
    public static final int MAX_LISTED = 20;

    /** One index compared with its source: entries missing from it and entries it has without a source. */
    public record IndexAgreement(String index, long expected, long indexed, List<String> missing,
                                 List<Long> orphans) {
        public IndexAgreement {
            missing = List.copyOf(missing);
            orphans = List.copyOf(orphans);
        }

        /** Nothing missing, nothing without a source (counts may differ only by harmless empty entries). */
        public boolean agrees() { return missing.isEmpty() && orphans.isEmpty(); }
    }

    private StoreChecks() { }

    /** PRAGMA integrity_check's lines: exactly ["ok"] for a sound file. */
    public static List<String> integrityCheck(Database db) {
        return db.read(c -> strings(c, "PRAGMA integrity_check(" + (MAX_LISTED + 1) + ")"));
    }

    /** The register index (trigrams over number, sender, subject): one entry per letter. */
    public static IndexAgreement registerIndex(Database db) {
        return db.read(c -> agreement(c, "register_fts", "SELECT id FROM letters", "SELECT id FROM letters",
                "register_fts_docsize"));
    }

    /**
     * The body index (words of the text): an entry for every letter that has text. A letter with blank text
     * may have an empty entry (a rebuild indexes every text row), which is harmless and not a finding.
     */
    public static IndexAgreement bodyIndex(Database db) {
        return db.read(c -> agreement(c, "body_fts", "SELECT letter_id FROM letter_texts WHERE trim(text) <> ''",
                "SELECT letter_id FROM letter_texts", "body_fts_docsize"));
    }

    /**
     * FTS5's own 'integrity-check' of the register index against the letters (catches changed values as well
     * as missing rows). It is an INSERT command, so it runs only where writing is allowed; empty = sound.
     */
    public static Optional<String> registerIndexDeepCheck(Database db) {
        try {
            db.write(c -> {
                Database.exec(c, "INSERT INTO register_fts (register_fts, rank) VALUES ('integrity-check', 1)");
                return null;
            });
            return Optional.empty();
        } catch (org.tidtam.i18n.TidtamException e) {
            if (db.readOnly()) {
                throw e;
            }
            return Optional.of(e.getCause() != null ? e.getCause().getMessage() : e.key());
        }
    }

    /** The field an audit row records ("subject", "registered"…), or "?" when the row is gone. */
    public static String auditField(Database db, long auditId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT field FROM audit_log WHERE id = ?")) {
                ps.setLong(1, auditId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "?";
                }
            }
        });
    }

    /** mustHave: ids the index must hold; mayHave: ids it may hold (a superset); anything else is an orphan. */
    private static IndexAgreement agreement(Connection c, String index, String mustHave, String mayHave,
                                            String docsize) throws SQLException {
        long expected = count(c, "SELECT count(*) FROM (" + mustHave + ")");
        long indexed = count(c, "SELECT count(*) FROM " + docsize);
        List<String> missing = strings(c, "SELECT l.reg_year || '/' || l.reg_no FROM letters l WHERE l.id IN ("
                + mustHave + " EXCEPT SELECT id FROM " + docsize + ") ORDER BY l.id LIMIT " + MAX_LISTED);
        List<Long> orphans = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM " + docsize
                + " EXCEPT " + mayHave + " ORDER BY 1 LIMIT " + MAX_LISTED)) {
            while (rs.next()) {
                orphans.add(rs.getLong(1));
            }
        }
        return new IndexAgreement(index, expected, indexed, missing, orphans);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
