package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.AuditEntry;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.LetterValidator;
import org.tidtam.letter.RegistrationNumber;

/** The register in SQLite. Every write is one BEGIN IMMEDIATE transaction with its audit rows. */
public final class SqliteRegisterStore implements RegisterStore {
    static final String FIELD_REGISTERED = "registered";
    static final String FIELD_CANCELLED = "cancelled";

    private final Database db;
    private final Clock clock;
    private final LetterWriter writer;

    public SqliteRegisterStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.writer = new LetterWriter();
    }

    @Override
    public Letter register(LetterDraft draft, String user) {
        return register(draft, user, null);
    }

    @Override
    public Letter register(LetterDraft draft, String user, Attachment attachment) {
        LetterValidator.validate(draft).orThrow();
        LocalDateTime now = now();
        long id = db.write(c -> {
            RegistrationNumber no = nextNumber(c, LetterValidator.yearBe(draft.receivedAt().toLocalDate()));
            long newId = writer.insert(c, no, draft, now);
            if (attachment != null) {
                AttachmentRows.insert(c, newId, attachment, now);
            }
            try (AuditChain audit = AuditChain.continueOn(c)) {
                audit.append(newId, now, user, FIELD_REGISTERED, null, no.toString());
            }
            return newId;
        });
        return get(id).orElseThrow();
    }

    /** The next number of the year: max + 1 inside the write transaction, so racing saves queue. */
    static RegistrationNumber nextNumber(Connection c, int yearBe) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT max(reg_no) FROM letters WHERE reg_year = ?")) {
            ps.setInt(1, yearBe);
            try (ResultSet rs = ps.executeQuery()) {
                return new RegistrationNumber(yearBe, rs.next() ? rs.getInt(1) + 1 : 1);
            }
        }
    }

    @Override
    public List<Attachment> attachments(long letterId) {
        return db.read(c -> AttachmentRows.of(c, letterId));
    }

    @Override
    public List<RegisterRow> duplicateCandidates(java.time.LocalDate letterDate, String fileSha256) {
        if (letterDate == null && fileSha256 == null) {
            return List.of();
        }
        return db.read(c -> AttachmentRows.candidates(c, LetterColumns.iso(letterDate), fileSha256));
    }

    @Override
    public Optional<Letter> get(long id) {
        return db.read(c -> LetterReader.load(c, "l.id = ?", id));
    }

    @Override
    public Optional<Letter> find(RegistrationNumber regNo) {
        return db.read(c -> LetterReader.load(c, "l.reg_year = ? AND l.reg_no = ?", regNo.yearBe(), regNo.number()));
    }

    /**
     * Without search text (or with one or two characters): newest number first. With search text of three
     * characters or more: the exact hits newest registration first (id order, which follows number order
     * except for an entry registered late into an earlier year), then the body hits of a cut-off last word,
     * streamed from the indexes (see {@link SearchPager}).
     */
    @Override
    public List<RegisterRow> page(RegisterQuery query, int offset, int limit) {
        if (searches(query)) {
            RegisterFilter rest = RegisterFilter.of(query, false);
            return db.read(c -> SearchPager.page(c, query.text(), rest, Math.max(0, offset), Math.max(0, limit)));
        }
        RegisterFilter f = RegisterFilter.of(query);
        List<Object> params = new ArrayList<>(f.params());
        String order = " ORDER BY l.reg_year DESC, l.reg_no DESC";
        // The inner query walks only the (reg_year, reg_no) index, so a deep offset skips index entries,
        // not whole rows.
        String sql = "SELECT " + LetterColumns.ROW + " FROM letters l WHERE l.id IN (SELECT l.id FROM letters l"
                + f.where() + order + " LIMIT ? OFFSET ?)" + order;
        params.add(Math.max(0, limit));
        params.add(Math.max(0, offset));
        return db.read(c -> rows(c, sql, params));
    }

    private static List<RegisterRow> rows(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<RegisterRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(LetterColumns.row(rs));
                }
            }
            return rows;
        }
    }

    @Override
    public void forEachRow(RegisterQuery query, long limit, java.util.function.Consumer<RegisterRow> sink) {
        if (searches(query)) {
            RegisterFilter rest = RegisterFilter.of(query, false);
            db.read(c -> {
                SearchPager.forEach(c, query.text(), rest, limit, sink);
                return null;
            });
            return;
        }
        RegisterFilter f = RegisterFilter.of(query);
        String sql = "SELECT " + LetterColumns.ROW + " FROM letters l" + f.where()
                + " ORDER BY l.reg_year DESC, l.reg_no DESC LIMIT ?";
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                f.bind(ps);
                ps.setLong(f.params().size() + 1, limit <= 0 ? -1 : limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(LetterColumns.row(rs));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void forEachReceived(java.time.LocalDate from, java.time.LocalDate to,
                                java.util.function.Consumer<RegisterRow> sink) {
        if (to.isBefore(from)) {
            return;
        }
        db.read(c -> {
            ReceivedRows.forEach(c, from, to, sink);
            return null;
        });
    }

    @Override
    public java.util.Map<Long, org.tidtam.letter.Secrecy> classifiedLetters() {
        return db.read(ReceivedRows::classified);
    }

    /** With search text of three characters or more this reads every hit: prefer {@link #countAtMost}. */
    @Override
    public long count(RegisterQuery query) { return countAtMost(query, Long.MAX_VALUE); }

    @Override
    public long countAtMost(RegisterQuery query, long limit) {
        if (searches(query)) {
            RegisterFilter rest = RegisterFilter.of(query, false);
            return db.read(c -> SearchPager.count(c, query.text(), rest, Math.max(0, limit)));
        }
        RegisterFilter f = RegisterFilter.of(query);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM letters l" + f.where())) {
                f.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    long n = rs.next() ? rs.getLong(1) : 0L;
                    return limit == Long.MAX_VALUE ? n : Math.min(n, Math.max(0, limit) + 1);
                }
            }
        });
    }

    /** Search text long enough for the indexes. */
    private static boolean searches(RegisterQuery query) {
        return query.text() != null && !query.text().isBlank() && !SearchIndex.isShort(query.text());
    }

    @Override
    public Letter update(long id, LetterDraft fields, String user) {
        return update(id, fields, null, user);
    }

    @Override
    public Letter update(long id, LetterDraft fields, org.tidtam.letter.LetterStatus status, String user) {
        LetterValidator.validate(fields).orThrow();
        LocalDateTime now = now();
        db.write(c -> {
            Letter current = LetterReader.load(c, "l.id = ?", id)
                    .orElseThrow(() -> new TidtamException("register.notFound", String.valueOf(id)));
            writer.update(c, current, fields, now, user);
            if (status != null && status != current.status()) {
                writer.updateStatus(c, current, status, now, user);
            }
            return null;
        });
        return get(id).orElseThrow();
    }

    @Override
    public Letter cancel(long id, String reason, String user) {
        if (reason == null || reason.isBlank()) {
            throw new TidtamException("register.cancel.reasonMissing");
        }
        LocalDateTime now = now();
        db.write(c -> {
            Letter current = LetterReader.load(c, "l.id = ?", id)
                    .orElseThrow(() -> new TidtamException("register.notFound", String.valueOf(id)));
            if (current.isCancelled()) {
                throw new TidtamException("register.cancel.already", current.regNo().toString());
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE letters SET cancelled_reason = ?, "
                    + "cancelled_by = ?, cancelled_at = ? WHERE id = ?")) {
                ps.setString(1, reason.strip());
                ps.setString(2, user);
                ps.setString(3, now.toString());
                ps.setLong(4, id);
                ps.executeUpdate();
            }
            try (AuditChain audit = AuditChain.continueOn(c)) {
                audit.append(id, now, user, FIELD_CANCELLED, null, reason.strip());
            }
            return null;
        });
        return get(id).orElseThrow();
    }

    @Override
    public List<AuditEntry> history(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log WHERE letter_id = ? ORDER BY id")) {
                ps.setLong(1, id);
                List<AuditEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditEntry(rs.getLong("id"), id, LocalDateTime.parse(rs.getString("at")),
                                rs.getString("user"), rs.getString("field"), rs.getString("old_value"),
                                rs.getString("new_value"), rs.getString("hash")));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<String> suggestions(NameField field, String typed, int limit) {
        return db.read(c -> NameSuggestions.find(c, field, typed, limit));
    }

    @Override
    public List<Integer> years() {
        // Skip-scan of the (reg_year, reg_no) index: one probe per year instead of reading every row.
        String sql = "WITH RECURSIVE y(v) AS (SELECT max(reg_year) FROM letters UNION ALL "
                + "SELECT (SELECT max(reg_year) FROM letters WHERE reg_year < v) FROM y WHERE v IS NOT NULL) "
                + "SELECT v FROM y WHERE v IS NOT NULL";
        return db.read(c -> {
            List<Integer> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
            return out;
        });
    }

    private LocalDateTime now() { return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS); }
}
