package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.remind.DeadlineEntry;

/**
 * Deadlines in SQLite. Relative deadlines get their day from {@code resolver} as they are read (so a change
 * of the holiday table shows at once); every status change is one transaction with its audit row, written
 * through the same hash chain as the register's.
 */
public final class SqliteDeadlineStore implements DeadlineStore {
    static final String FIELD_PREFIX = "deadline.";
    private static final Comparator<DeadlineEntry> SOONEST = Comparator
            .comparing((DeadlineEntry e) -> e.deadline().due(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.deadline().time(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DeadlineEntry::id);

    private final Database db;
    private final Clock clock;
    private final UnaryOperator<DeadlineEntry> resolver;

    /** @param resolver gives relative deadlines their day (identity when there is no holiday table) */
    public SqliteDeadlineStore(Database db, Clock clock, UnaryOperator<DeadlineEntry> resolver) {
        this.db = db;
        this.clock = clock;
        this.resolver = resolver;
    }

    @Override
    public List<DeadlineEntry> list(DeadlineQuery query) {
        List<Object> params = new ArrayList<>();
        String sql = DeadlineEntryRows.SELECT + DeadlineEntryRows.where(query, params);
        List<DeadlineEntry> rows = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                return DeadlineEntryRows.read(ps);
            }
        });
        return rows.stream().map(resolver).filter(e -> query.covers(e.deadline().due())).sorted(SOONEST).toList();
    }

    /** Two walks of the (status, due) index from today, one each way; see {@link DeadlineStore#openAround}. */
    @Override
    public List<DeadlineEntry> openAround(LocalDate today, int perSide) {
        String open = DeadlineEntryRows.SELECT + " AND d.status = 'OPEN'";
        String overdue = open + " AND d.due < ? ORDER BY d.due DESC LIMIT ?";
        String coming = open + " AND d.due >= ? ORDER BY d.due LIMIT ?";
        // apart: "due IS NULL OR due >= ?" in one query makes SQLite sort every open deadline (3 s on 1M)
        String relative = open + " AND d.due IS NULL AND ? IS NOT NULL LIMIT ?";
        int n = Math.max(0, perSide);
        List<DeadlineEntry> rows = db.read(c -> {
            List<DeadlineEntry> out = new ArrayList<>(around(c, overdue, today, n));
            List<DeadlineEntry> next = new ArrayList<>(around(c, coming, today, n));
            next.addAll(around(c, relative, today, n - next.size()));
            out.addAll(next);
            return out;
        });
        return rows.stream().map(resolver).sorted(SOONEST).toList();
    }

    /** Counted on the (status, due) index without reading the deadlines, and only up to limit + 1. */
    @Override
    public long countOverdue(LocalDate today, long limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM deadlines "
                    + "WHERE status = 'OPEN' AND due < ? LIMIT ?)")) {
                ps.setString(1, today.toString());
                ps.setLong(2, limit + 1);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    private static List<DeadlineEntry> around(Connection c, String sql, LocalDate today, int limit)
            throws SQLException {
        if (limit <= 0) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, today.toString());
            ps.setInt(2, limit);
            return DeadlineEntryRows.read(ps);
        }
    }

    @Override
    public Optional<DeadlineEntry> get(long deadlineId) {
        return db.read(c -> load(c, deadlineId)).map(resolver);
    }

    @Override
    public DeadlineEntry markDone(long deadlineId, String note, String replyNumber, String user, LocalDate today) {
        String reply = blankToNull(replyNumber);
        String text = blankToNull(note);
        String audit = DeadlineStatus.DONE + (text == null ? "" : ": " + text) + (reply == null ? "" : " (" + reply + ")");
        return close(deadlineId, DeadlineStatus.DONE, text, reply, audit, user, today);
    }

    @Override
    public DeadlineEntry dismiss(long deadlineId, String reason, String user, LocalDate today) {
        String text = blankToNull(reason);
        if (text == null) {
            throw new TidtamException("remind.deadline.reasonRequired", String.valueOf(deadlineId));
        }
        return close(deadlineId, DeadlineStatus.DISMISSED, text, null, DeadlineStatus.DISMISSED + ": " + text, user, today);
    }

    private DeadlineEntry close(long id, DeadlineStatus status, String note, String reply, String audit, String user,
                                LocalDate today) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        db.write(c -> {
            DeadlineEntry current = load(c, id).orElseThrow(() -> new TidtamException("remind.deadline.notFound", String.valueOf(id)));
            if (!current.deadline().isOpen()) {
                throw new TidtamException("remind.deadline.notOpen", String.valueOf(id), current.deadline().status().name());
            }
            update(c, id, status, note, reply, today);
            try (AuditChain chain = AuditChain.continueOn(c)) {
                chain.append(current.letter().letterId(), now, user, FIELD_PREFIX + id,
                        DeadlineStatus.OPEN.name(), audit);
            }
            return null;
        });
        return get(id).orElseThrow();
    }

    private static void update(Connection c, long id, DeadlineStatus status, String note, String reply, LocalDate today)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE deadlines SET status = ?, done_note = ?, reply_number = ?, done_on = ? WHERE id = ?")) {
            ps.setString(1, status.name());
            ps.setString(2, note);
            ps.setString(3, reply);
            ps.setString(4, today.toString());
            ps.setLong(5, id);
            ps.executeUpdate();
        }
    }

    private static Optional<DeadlineEntry> load(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DeadlineEntryRows.SELECT + " AND d.id = ?")) {
            ps.setLong(1, id);
            return DeadlineEntryRows.read(ps).stream().findFirst();
        }
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    /** For callers without a holiday table: relative deadlines keep whatever day is stored. */
    public static UnaryOperator<DeadlineEntry> noResolver() { return UnaryOperator.identity(); }

}
