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
 * without a second copy of the text. The store keeps them in step inside each write transaction.
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
            update(c, "INSERT INTO body_fts (rowid, words) VALUES (?, ?)", id, WordSplitter.words(text));
        }
    }

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
        Database.exec(c, "INSERT INTO register_fts (register_fts) VALUES ('optimize')");
        Database.exec(c, "INSERT INTO body_fts (body_fts) VALUES ('optimize')");
    }

    /**
     * The SQL condition on letters l for a search text, with its parameters. Three characters or more use
     * the indexes; one or two characters (too short for trigrams) scan the register fields with LIKE and
     * leave the body out (a one-letter prefix
     * would match most of it).
     */
    static String condition(String text, List<Object> params) {
        String q = text.strip();
        if (q.codePointCount(0, q.length()) < 3) {
            String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(like, like, like));
            return "(l.number LIKE ? ESCAPE '\\' OR l.sender LIKE ? ESCAPE '\\' OR l.subject LIKE ? ESCAPE '\\')";
        }
        params.add(phrase(q));
        String bodyQuery = bodyMatch(q);
        if (bodyQuery.isEmpty()) {
            return "l.id IN (SELECT rowid FROM register_fts WHERE register_fts MATCH ?)";
        }
        params.add(bodyQuery);
        return "l.id IN (SELECT rowid FROM register_fts WHERE register_fts MATCH ? "
                + "UNION SELECT rowid FROM body_fts WHERE body_fts MATCH ?)";
    }

    /**
     * The query's words as one phrase whose last word may be the start of a longer one. A last "word" of
     * one character is the cut-off start of the next word: as a prefix it would match a large share of the
     * vocabulary (seconds on a million letters), so it is left out and the phrase before it must match.
     */
    static String bodyMatch(String q) {
        String words = WordSplitter.words(q);
        int lastSpace = words.lastIndexOf(' ');
        if (lastSpace > 0 && words.codePointCount(lastSpace + 1, words.length()) < 2) {
            words = words.substring(0, lastSpace);
        }
        return words.isEmpty() ? "" : phrase(words) + " *";
    }

    static String phrase(String s) { return "\"" + s.replace("\"", "\"\"") + "\""; }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
