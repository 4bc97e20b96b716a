package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.Secrecy;

/** Letters by received date (the reports' query) and the classified entries, across a year boundary. */
class ReceivedRangeTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-10T02:00:00Z"), ZoneId.of("Asia/Bangkok"));
    @TempDir Path dir;
    Database db;
    SqliteRegisterStore store;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("r.db"));
        store = new SqliteRegisterStore(db, CLOCK);
        for (String at : List.of("2024-12-29T23:59", "2024-12-30T00:00", "2024-12-31T16:30", "2025-01-01T08:00",
                "2025-01-05T23:59", "2025-01-06T00:00")) {
            store.register(Drafts.received(LocalDateTime.parse(at)), "clerk");
        }
    }

    @AfterEach
    void close() { db.close(); }

    private List<String> received(LocalDate from, LocalDate to) {
        List<String> out = new ArrayList<>();
        store.forEachReceived(from, to, row -> out.add(row.receivedAt() + " " + row.regNo()));
        return out;
    }

    @Test
    void aWeekAcrossNewYearHoldsBothDaysAtItsEdgesAndNothingOutside() {
        assertThat(received(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 5))).containsExactly(
                "2024-12-30T00:00 2567/2", "2024-12-31T16:30 2567/3", "2025-01-01T08:00 2568/1",
                "2025-01-05T23:59 2568/2");
        assertThat(received(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 6))).containsExactly("2025-01-06T00:00 2568/3");
        assertThat(received(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 5))).isEmpty();
    }

    @Test
    void cancelledEntriesStayInTheRange() {
        long id = store.find(new org.tidtam.letter.RegistrationNumber(2568, 1)).orElseThrow().id();
        store.cancel(id, "ลงซ้ำ", "clerk");
        assertThat(received(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1))).hasSize(1);
    }

    @Test
    void givesTheSameRowsAsReadingWholeYears() {
        LocalDate from = LocalDate.of(2024, 12, 30);
        LocalDate to = LocalDate.of(2025, 1, 5);
        List<RegisterRow> indexed = new ArrayList<>();
        List<RegisterRow> scanned = new ArrayList<>();
        store.forEachReceived(from, to, indexed::add);
        RegisterStore byYears = new YearScan(store);
        byYears.forEachReceived(from, to, scanned::add);
        assertThat(indexed).isEqualTo(scanned);
    }

    @Test
    void theRangeAndTheClassifiedEntriesAreReadThroughTheirIndexes() throws Exception {
        assertThat(plan(ReceivedRows.BY_RECEIVED.replace("?", "'2025-01-01'"))).contains("letters_received");
        assertThat(plan(ReceivedRows.CLASSIFIED)).contains("letters_classified");
    }

    @Test
    void classifiedLettersNameOnlyThoseWithAGrade() {
        LetterDraft d = Drafts.received(LocalDateTime.of(2025, 1, 7, 9, 0));
        long secret = store.register(new LetterDraft(d.number(), d.date(), d.sender(), d.recipient(), d.subject(),
                d.urgency(), Secrecy.SECRET, d.receivedAt(), d.action(), d.unit(), d.officer(), d.remarks(),
                d.text(), d.deadlines(), null, null), "clerk").id();
        assertThat(store.classifiedLetters()).containsExactly(java.util.Map.entry(secret, Secrecy.SECRET));
        assertThat(new YearScan(store).classifiedLetters()).isEqualTo(store.classifiedLetters());
    }

    private String plan(String sql) throws Exception {
        return db.read(c -> {
            StringBuilder out = new StringBuilder();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                while (rs.next()) {
                    out.append(rs.getString("detail")).append('\n');
                }
            }
            return out.toString();
        });
    }

    /** The interface's default methods over the same store: what any other RegisterStore gets. */
    private record YearScan(SqliteRegisterStore s) implements RegisterStore {
        public org.tidtam.letter.Letter register(LetterDraft d, String u) { return s.register(d, u); }
        public java.util.Optional<org.tidtam.letter.Letter> get(long id) { return s.get(id); }
        public java.util.Optional<org.tidtam.letter.Letter> find(org.tidtam.letter.RegistrationNumber n) { return s.find(n); }
        public List<RegisterRow> page(RegisterQuery q, int o, int l) { return s.page(q, o, l); }
        public long count(RegisterQuery q) { return s.count(q); }
        public org.tidtam.letter.Letter update(long id, LetterDraft f, String u) { return s.update(id, f, u); }
        public org.tidtam.letter.Letter cancel(long id, String r, String u) { return s.cancel(id, r, u); }
        public List<org.tidtam.letter.AuditEntry> history(long id) { return s.history(id); }
        public List<Integer> years() { return s.years(); }
    }
}
