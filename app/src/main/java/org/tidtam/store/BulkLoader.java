package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.LetterValidator;
import org.tidtam.letter.RegistrationNumber;

/**
 * Loads many letters fast (dev generate, large imports): JDBC batches in transactions of {@link #BATCH}
 * letters, numbers and audit rows assigned as the store would, and the search indexes rebuilt once at the
 * end instead of row by row.
 */
public final class BulkLoader {
    static final int BATCH = 20_000;
    private static final String INSERT_LETTER = "INSERT INTO letters (id, reg_year, reg_no, created_at, status, "
            + String.join(", ", LetterColumns.EDITABLE.keySet()) + ") VALUES (?, ?, ?, ?, 'RECEIVED'"
            + ", ?".repeat(LetterColumns.EDITABLE.size()) + ")";

    private final Database db;
    private final Clock clock;
    private final ProgressListener progress;
    private final boolean stampAtReceipt;

    /**
     * @param stampAtReceipt date each entry and its audit row at its received time instead of now (for
     *                       generated registers that span years)
     */
    public BulkLoader(Database db, Clock clock, ProgressListener progress, boolean stampAtReceipt) {
        this.db = db;
        this.clock = clock;
        this.progress = progress;
        this.stampAtReceipt = stampAtReceipt;
    }

    /** Registers letters 0..count-1 of source in order; returns seconds spent on the index. */
    public double load(long count, LongFunction<LetterDraft> source, String user) {
        for (long from = 0; from < count; from += BATCH) {
            long start = from;
            long end = Math.min(count, from + BATCH);
            db.write(c -> {
                batch(c, start, end, source, user);
                return null;
            });
            progress.progress("letters", end);
        }
        long t0 = System.nanoTime();
        db.write(c -> {
            SearchIndex.rebuild(c, progress);
            return null;
        });
        return (System.nanoTime() - t0) / 1e9;
    }

    private void batch(Connection c, long from, long to, LongFunction<LetterDraft> source, String user)
            throws SQLException {
        Database.exec(c, "PRAGMA cache_size = -262144");
        long id = maxId(c);
        Map<Integer, Integer> next = new HashMap<>();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        try (PreparedStatement letters = c.prepareStatement(INSERT_LETTER);
             PreparedStatement texts = c.prepareStatement("INSERT INTO letter_texts (letter_id, text) VALUES (?, ?)");
             PreparedStatement deadlines = c.prepareStatement(DeadlineRows.INSERT);
             AuditChain audit = AuditChain.batched(c)) {
            for (long i = from; i < to; i++) {
                LetterDraft d = source.apply(i);
                LetterValidator.validate(d).orThrow();
                int year = LetterValidator.yearBe(d.receivedAt().toLocalDate());
                int no = next.computeIfAbsent(year, y -> nextNumber(c, y));
                next.put(year, no + 1);
                id++;
                LocalDateTime at = stampAtReceipt ? d.receivedAt().truncatedTo(ChronoUnit.SECONDS) : now;
                addLetter(letters, id, new RegistrationNumber(year, no), d, at);
                texts.setLong(1, id);
                texts.setString(2, d.text());
                texts.addBatch();
                for (Deadline dl : d.deadlines()) {
                    DeadlineRows.bind(deadlines, id, dl);
                    deadlines.addBatch();
                }
                audit.append(id, at, user, SqliteRegisterStore.FIELD_REGISTERED, null, year + "/" + no);
            }
            letters.executeBatch();
            texts.executeBatch();
            deadlines.executeBatch();
        }
    }

    private static void addLetter(PreparedStatement ps, long id, RegistrationNumber no, LetterDraft d,
                                  LocalDateTime now) throws SQLException {
        ps.setLong(1, id);
        ps.setInt(2, no.yearBe());
        ps.setInt(3, no.number());
        ps.setString(4, now.toString());
        LetterColumns.bind(ps, 5, d);
        ps.addBatch();
    }

    private static int nextNumber(Connection c, int year) {
        try {
            return SqliteRegisterStore.nextNumber(c, year).number();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long maxId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM letters")) {
            return rs.getLong(1);
        }
    }
}
