package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Search hits of a text of three characters or more, a chunk at a time, without collecting every hit
 * (docs/decisions/0016). First the exact hits, newest registration first: register_fts (trigrams over
 * number, sender, subject) merged with the body's word phrase ({@link BodyQuery#exact()}, its prefix expanded
 * into exact terms by {@link PrefixExpansion}), both read in descending rowid order, which FTS5 streams. Then, when those run out, the cut-off-word fallback: letters
 * whose body has the words before the last one ({@link BodyQuery#anchor()}), newest first, kept when their
 * text holds the query; at most {@link #VERIFY_LIMIT} candidates are read per walk, so it stays bounded.
 * (SQLite drops the ORDER BY of a UNION in a FROM subquery, so the merge cannot be left to SQL.)
 */
final class SearchPager {
    private static final int CHUNK = 200;
    private static final int VERIFY_CHUNK = 100;
    /** Letters of the fallback whose text is read per walk at most (≈ 10 ms each hundred on a busy PC). */
    static final int VERIFY_LIMIT = 1000;

    private SearchPager() { }

    /** One page of rows passing rest, in hit order. */
    static List<RegisterRow> page(Connection c, String text, RegisterFilter rest, int offset, int limit)
            throws SQLException {
        List<RegisterRow> page = new ArrayList<>();
        int[] skipped = {0};
        walk(c, text, ids -> {
            for (RegisterRow row : rows(c, ids, rest)) {
                if (skipped[0] < offset) {
                    skipped[0]++;
                } else if (page.size() < limit) {
                    page.add(row);
                }
            }
            return page.size() < limit;
        });
        return page;
    }

    /** Every row passing rest, in hit order, chunk by chunk. */
    static void forEach(Connection c, String text, RegisterFilter rest, long limit, Consumer<RegisterRow> sink)
            throws SQLException {
        long[] handed = {0};
        walk(c, text, ids -> {
            for (RegisterRow row : rows(c, ids, rest)) {
                if (limit > 0 && handed[0] >= limit) {
                    return false;
                }
                sink.accept(row);
                handed[0]++;
            }
            return limit <= 0 || handed[0] < limit;
        });
    }

    /** How many hits pass rest, counting stopped at cap + 1 ("more than cap"). */
    static long count(Connection c, String text, RegisterFilter rest, long cap) throws SQLException {
        long[] n = {0};
        walk(c, text, ids -> {
            n[0] += rest.where().isEmpty() ? ids.size() : countPassing(c, ids, rest);
            return n[0] <= cap;
        });
        return Math.min(n[0], cap == Long.MAX_VALUE ? cap : cap + 1);
    }

    /** Hands chunks of hit ids (each newest first) to sink while it returns true. */
    static void walk(Connection c, String text, Chunks sink) throws SQLException {
        String q = text.strip();
        BodyQuery body = BodyQuery.of(q);
        Set<Long> exactIds = body.anchor() == null ? null : new HashSet<>();
        String bodyMatch = PrefixExpansion.match(c, body);
        try (PreparedStatement a = streamOf(c, "register_fts", BodyQuery.phrase(q));
             PreparedStatement b = bodyMatch == null ? null : streamOf(c, "body_fts", bodyMatch);
             ResultSet ra = a.executeQuery(); ResultSet rb = b == null ? null : b.executeQuery()) {
            Merge hits = new Merge(ra, rb);
            for (List<Long> ids = hits.next(CHUNK); !ids.isEmpty(); ids = hits.next(CHUNK)) {
                if (exactIds != null) {
                    exactIds.addAll(ids);
                }
                if (!sink.accept(ids)) {
                    return;
                }
            }
        }
        if (body.anchor() != null) {
            fallback(c, body, exactIds, sink);
        }
    }

    private static void fallback(Connection c, BodyQuery body, Set<Long> seen, Chunks sink) throws SQLException {
        try (PreparedStatement ps = streamOf(c, "body_fts", body.anchor()); ResultSet rs = ps.executeQuery()) {
            int read = 0;
            while (read < VERIFY_LIMIT) {
                List<Long> candidates = new ArrayList<>(VERIFY_CHUNK);
                while (candidates.size() < VERIFY_CHUNK && read < VERIFY_LIMIT && rs.next()) {
                    long id = rs.getLong(1);
                    if (!seen.contains(id)) {
                        candidates.add(id);
                        read++;
                    }
                }
                if (candidates.isEmpty()) {
                    return;
                }
                List<Long> found = holding(c, candidates, body.needle());
                if (!found.isEmpty() && !sink.accept(found)) {
                    return;
                }
            }
        }
    }

    /** The candidates whose text holds needle, newest first. */
    private static List<Long> holding(Connection c, List<Long> ids, String needle) throws SQLException {
        String sql = "SELECT letter_id FROM letter_texts WHERE letter_id IN (" + marks(ids.size())
                + ") AND instr(text, ?) > 0 ORDER BY letter_id DESC";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bindIds(ps, ids);
            ps.setString(i, needle);
            return ids(ps);
        }
    }

    private static PreparedStatement streamOf(Connection c, String table, String match) throws SQLException {
        PreparedStatement ps = c.prepareStatement(
                "SELECT rowid FROM " + table + " WHERE " + table + " MATCH ? ORDER BY rowid DESC");
        ps.setString(1, match);
        return ps;
    }

    private static List<RegisterRow> rows(Connection c, List<Long> ids, RegisterFilter rest) throws SQLException {
        String sql = "SELECT " + LetterColumns.ROW + " FROM letters l WHERE l.id IN (" + marks(ids.size()) + ")"
                + rest.where().replaceFirst(" WHERE ", " AND ") + " ORDER BY l.id DESC";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindRest(ps, bindIds(ps, ids), rest);
            List<RegisterRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(LetterColumns.row(rs));
                }
            }
            return out;
        }
    }

    private static long countPassing(Connection c, List<Long> ids, RegisterFilter rest) throws SQLException {
        String sql = "SELECT count(*) FROM letters l WHERE l.id IN (" + marks(ids.size()) + ")"
                + rest.where().replaceFirst(" WHERE ", " AND ");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindRest(ps, bindIds(ps, ids), rest);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static String marks(int n) { return "?" + ",?".repeat(n - 1); }

    /** Binds the ids from parameter 1; returns the next parameter's index. */
    private static int bindIds(PreparedStatement ps, List<Long> ids) throws SQLException {
        int i = 1;
        for (Long id : ids) {
            ps.setLong(i++, id);
        }
        return i;
    }

    private static void bindRest(PreparedStatement ps, int from, RegisterFilter rest) throws SQLException {
        int i = from;
        for (Object p : rest.params()) {
            ps.setObject(i++, p);
        }
    }

    private static List<Long> ids(PreparedStatement ps) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /** Receives chunks of hit ids; returns false to stop the walk. */
    @FunctionalInterface
    interface Chunks {
        boolean accept(List<Long> ids) throws SQLException;
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
