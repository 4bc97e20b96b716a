package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The two full-text indexes (docs/decisions/0002): register_fts, trigrams over number, sender and subject
 * (finds any Thai substring of three characters or more); body_fts, the letter's text split into words,
 * without a second copy of the text, and body_terms, the list of body_fts's terms ({@link BodyTerms}). The store
 * keeps them in step inside each write transaction.
 */
final class SearchIndex {
    private SearchIndex() { }

    static void add(Connection c, long id, String number, String sender, String subject, String text)
            throws SQLException {
        addRegister(c, id, number, sender, subject);
        addBody(c, id, text);
    }

    static void addRegister(Connection c, long id, String number, String sender, String subject)
            throws SQLException {
        update(c, "INSERT INTO register_fts (rowid, number, sender, subject) VALUES (?, ?, ?, ?)",
                id, number, sender, subject);
    }

    /** External-content FTS5 forgets a row only when given the values it indexed. */
    static void removeRegister(Connection c, long id, String number, String sender, String subject)
            throws SQLException {
        update(c, "INSERT INTO register_fts (register_fts, rowid, number, sender, subject) "
                + "VALUES ('delete', ?, ?, ?, ?)", id, number, sender, subject);
    }

    static void addBody(Connection c, long id, String text) throws SQLException {
        if (text != null && !text.isBlank()) {
            String words = WordSplitter.words(text);
            update(c, "INSERT INTO body_fts (rowid, words) VALUES (?, ?)", id, words);
            BodyTerms.add(c, words);
        }
    }

    /** Leaves the letter's terms in body_terms: a term no letter has any more only costs an empty OR branch. */
    static void removeBody(Connection c, long id) throws SQLException {
        update(c, "DELETE FROM body_fts WHERE rowid = ?", id);
    }

    /** Rebuilds both indexes from the letters, e.g. after a bulk load that skipped them. */
    static void rebuild(Connection c, ProgressListener progress) throws SQLException {
        Database.exec(c, "INSERT INTO register_fts (register_fts) VALUES ('rebuild')");
        Database.exec(c, "DELETE FROM body_fts");
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT letter_id, text FROM letter_texts ORDER BY letter_id");
             PreparedStatement ins = c.prepareStatement("INSERT INTO body_fts (rowid, words) VALUES (?, ?)")) {
            long n = 0;
            while (rs.next()) {
                ins.setLong(1, rs.getLong(1));
                ins.setString(2, WordSplitter.words(rs.getString(2)));
                ins.executeUpdate();
                if (++n % 10_000 == 0) {
                    progress.progress("index", n);
                }
            }
            progress.progress("index (done)", n);
        }
        BodyTerms.refill(c);
        Database.exec(c, "INSERT INTO register_fts (register_fts) VALUES ('optimize')");
        Database.exec(c, "INSERT INTO body_fts (body_fts) VALUES ('optimize')");
    }

    /**
     * The SQL condition on letters l for a search text of one or two characters (too short for trigrams):
     * LIKE on number, sender and subject; the body is left out (one letter would match most of it). Longer
     * texts go through {@link SearchPager}.
     */
    static String shortCondition(String text, List<Object> params) {
        String q = text.strip();
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        params.addAll(List.of(like, like, like));
        return "(l.number LIKE ? ESCAPE '\\' OR l.sender LIKE ? ESCAPE '\\' OR l.subject LIKE ? ESCAPE '\\')";
    }

    static boolean isShort(String text) {
        String q = text == null ? "" : text.strip();
        return q.codePointCount(0, q.length()) < 3;
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
