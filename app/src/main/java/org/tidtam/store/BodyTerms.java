package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * body_terms (V7, docs/decisions/0016): every term of body_fts's index, so a word prefix of the search can be
 * looked up as the exact terms that start with it ({@link PrefixExpansion}). The terms are always SQLite's own
 * (read from an fts5vocab table, or from a scratch FTS5 table with body_fts's tokenizer), never re-derived in
 * Java, so the list cannot miss a term the index holds. Terms are never removed: when a letter's text is
 * replaced its old terms may stay, and an unused term only costs a branch of the OR that matches nothing.
 */
final class BodyTerms {
    static final String TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* M* Co'";
    /** Above every character: term >= p AND term < p || MAX is "starts with p", on the primary key. */
    private static final String MAX = new String(Character.toChars(Character.MAX_CODE_POINT));

    private BodyTerms() { }

    /** Adds the terms of one letter's words, tokenised by SQLite in a scratch table of this connection. */
    static void add(Connection c, String words) throws SQLException {
        Database.exec(c, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.body_terms_tok USING fts5 (words, content = '', "
                + "tokenize = \"" + TOKENIZER + "\")");
        Database.exec(c, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.body_terms_tok_v "
                + "USING fts5vocab(temp, body_terms_tok, 'row')");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO temp.body_terms_tok (rowid, words) VALUES (1, ?)")) {
            ps.setString(1, words);
            ps.executeUpdate();
        }
        Database.exec(c, "INSERT OR IGNORE INTO body_terms (term) SELECT term FROM temp.body_terms_tok_v");
        Database.exec(c, "INSERT INTO temp.body_terms_tok (body_terms_tok) VALUES ('delete-all')");
    }

    /** Replaces the list by the terms body_fts holds now (after a rebuild; what V7 does once). */
    static void refill(Connection c) throws SQLException {
        Database.exec(c, "DELETE FROM body_terms");
        Database.exec(c, "CREATE VIRTUAL TABLE temp.body_terms_fill USING fts5vocab(main, body_fts, 'row')");
        try {
            Database.exec(c, "INSERT INTO body_terms (term) SELECT term FROM temp.body_terms_fill");
        } finally {
            Database.exec(c, "DROP TABLE temp.body_terms_fill");
        }
    }

    /**
     * Up to max terms starting with prefix, in term order; an empty list when the database predates V7
     * (opened read-only by an older schema).
     */
    static List<String> startingWith(Connection c, String prefix, int max) throws SQLException {
        if (!exists(c)) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT term FROM body_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?")) {
            ps.setString(1, prefix);
            ps.setString(2, prefix + MAX);
            ps.setInt(3, max);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private static boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM pragma_table_list WHERE name = 'body_terms'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }
}
