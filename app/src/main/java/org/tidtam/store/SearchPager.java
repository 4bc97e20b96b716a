package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of search hits, newest registration first, without collecting every hit: both indexes are
 * read in descending rowid order (FTS5 streams that) and merged here; the ids are then checked against
 * the other filters a chunk at a time until the page is full. A common three-letter query has hundreds of
 * thousands of hits; the first page reads a few hundred. (SQLite drops the ORDER BY of a UNION in a
 * FROM subquery, so the merge cannot be left to SQL.)
 */
final class SearchPager {
    private static final int CHUNK = 200;

    private SearchPager() { }

    static List<RegisterRow> page(Connection c, String text, RegisterFilter rest, int offset, int limit)
            throws SQLException {
        List<RegisterRow> page = new ArrayList<>();
        String q = text.strip();
        String bodyQuery = SearchIndex.bodyMatch(q);
        try (PreparedStatement a = c.prepareStatement(
                "SELECT rowid FROM register_fts WHERE register_fts MATCH ? ORDER BY rowid DESC");
             PreparedStatement b = c.prepareStatement(
                "SELECT rowid FROM body_fts WHERE body_fts MATCH ? ORDER BY rowid DESC")) {
            a.setString(1, SearchIndex.phrase(q));
            b.setString(1, bodyQuery.isEmpty() ? "\"\"" : bodyQuery);
            try (ResultSet ra = a.executeQuery(); ResultSet rb = bodyQuery.isEmpty() ? null : b.executeQuery()) {
                Merge hits = new Merge(ra, rb);
                int skipped = 0;
                while (page.size() < limit) {
                    List<Long> ids = hits.next(CHUNK);
                    if (ids.isEmpty()) {
                        break;
                    }
                    for (RegisterRow row : rows(c, ids, rest)) {
                        if (skipped < offset) {
                            skipped++;
                        } else if (page.size() < limit) {
                            page.add(row);
                        }
                    }
                }
            }
        }
        return page;
    }

    private static List<RegisterRow> rows(Connection c, List<Long> ids, RegisterFilter rest) throws SQLException {
        String in = "?" + ",?".repeat(ids.size() - 1);
        String sql = "SELECT " + LetterColumns.ROW + " FROM letters l WHERE l.id IN (" + in + ")"
                + rest.where().replaceFirst(" WHERE ", " AND ") + " ORDER BY l.id DESC";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Long id : ids) {
                ps.setLong(i++, id);
            }
            for (Object p : rest.params()) {
                ps.setObject(i++, p);
            }
            List<RegisterRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(LetterColumns.row(rs));
                }
            }
            return out;
        }
    }

    /** Two descending rowid streams as one, without duplicates. */
    private static final class Merge {
        private final ResultSet a;
        private final ResultSet b;
        private long headA;
        private long headB;

        Merge(ResultSet a, ResultSet b) throws SQLException {
            this.a = a;
            this.b = b;
            headA = advance(a);
            headB = advance(b);
        }

        List<Long> next(int n) throws SQLException {
            List<Long> out = new ArrayList<>(n);
            while (out.size() < n && (headA >= 0 || headB >= 0)) {
                long top = Math.max(headA, headB);
                out.add(top);
                if (headA == top) {
                    headA = advance(a);
                }
                if (headB == top) {
                    headB = advance(b);
                }
            }
            return out;
        }

        private static long advance(ResultSet rs) throws SQLException {
            return rs != null && rs.next() ? rs.getLong(1) : -1;
        }
    }
}
