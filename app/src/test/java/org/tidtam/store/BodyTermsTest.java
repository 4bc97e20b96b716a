package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.store.sample.SampleLetters;

/** body_terms holds every term of body_fts: after registering, editing, a bulk load and the V7 migration. */
class BodyTermsTest {
    @TempDir Path dir;

    @Test
    void registeringAndEditingAddTheLettersTerms() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            SqliteRegisterStore store = new SqliteRegisterStore(db, SqliteRegisterStoreTest.CLOCK);
            long id = store.register(BodySearchTest.body("ขอเชิญประชุม ณ ศาลากลางจังหวัด ชั้น ๒ Room-5B"), "a").id();
            assertThat(terms(db)).containsExactlyElementsOf(indexTerms(db)).contains("ประชุม", "๒", "room", "5b");
            store.update(id, BodySearchTest.body("ขอให้รายงานผลการเบิกจ่าย"), "a");
            // the old text's terms stay (harmless: an OR branch that matches nothing)
            assertThat(terms(db)).containsAll(indexTerms(db)).contains("ประชุม", "จ่าย");
        }
    }

    @Test
    void aBulkLoadFillsTheTermsFromTheIndex() {
        try (Database db = Database.open(dir.resolve("bulk.db"))) {
            SampleLetters sample = new SampleLetters(3, 40, LocalDate.of(2024, 1, 1), 1);
            new BulkLoader(db, Clock.systemUTC(), (s, n) -> { }, true).load(40, sample::letter, "a");
            assertThat(terms(db)).hasSizeGreaterThan(100).containsExactlyElementsOf(indexTerms(db));
            db.write(c -> {
                Database.exec(c, "INSERT INTO body_terms (term) VALUES ('stale')");
                SearchIndex.rebuild(c, (s, n) -> { });
                return null;
            });
            assertThat(terms(db)).containsExactlyElementsOf(indexTerms(db)).doesNotContain("stale");
        }
    }

    @Test
    void theMigrationFillsTheTermsOfADatabaseMadeByVersion6() throws Exception {
        Path file = dir.resolve("v6.db");
        Flyway.configure().dataSource(Database.dataSource(file, Database.DEFAULT_BUSY_TIMEOUT, false))
                .locations("classpath:db/migration").table(Migrations.HISTORY).target("6").load().migrate();
        try (Connection c = DatabaseTest.plain(file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO body_fts (rowid, words) VALUES (1, 'ขอ เชิญ ประชุม'), (2, 'รายงาน ผล การ เบิก จ่าย 2568')");
            assertThat(count(s, "SELECT count(*) FROM sqlite_master WHERE name = 'body_terms'")).isZero();
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isGreaterThanOrEqualTo(7);
            assertThat(terms(db)).containsExactly("2568", "การ", "ขอ", "จ่าย", "ประชุม", "ผล", "รายงาน", "เชิญ", "เบิก")
                    .containsExactlyElementsOf(indexTerms(db));
            assertThat(startingWith(db, "ประ", 10)).containsExactly("ประชุม");
        }
    }

    @Test
    void aDatabaseWithoutTheListHasNoTerms() throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
            assertThat(BodyTerms.startingWith(c, "ประ", 10)).isEmpty();
        }
    }

    @Test
    void theRangeLookupUsesThePrimaryKeyAndStopsAtThePrefix() {
        try (Database db = Database.open(dir.resolve("range.db"))) {
            db.write(c -> {
                Database.exec(c, "INSERT INTO body_terms (term) VALUES ('จัด'), ('จัดการ'), ('จัดซื้อ'), ('จั'), ('จา'),"
                        + " ('จัดๆ'), ('abc'), ('abd')");
                return null;
            });
            assertThat(startingWith(db, "จัด", 10)).containsExactly("จัด", "จัดการ", "จัดซื้อ", "จัดๆ");
            assertThat(startingWith(db, "จัด", 2)).containsExactly("จัด", "จัดการ");
            assertThat(startingWith(db, "ab", 10)).containsExactly("abc", "abd");
            String plan = db.<String>read(c -> {
                try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN SELECT term FROM body_terms "
                        + "WHERE term >= ? AND term < ? ORDER BY term LIMIT ?"); ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString("detail") : "";
                }
            });
            assertThat(plan).contains("SEARCH body_terms USING PRIMARY KEY (term>? AND term<?)");
        }
    }

    private static List<String> startingWith(Database db, String prefix, int max) {
        return db.read(c -> BodyTerms.startingWith(c, prefix, max));
    }

    static List<String> terms(Database db) {
        return db.read(c -> StoreChecks.strings(c, "SELECT term FROM body_terms ORDER BY term"));
    }

    static List<String> indexTerms(Database db) {
        return db.read(c -> {
            Database.exec(c, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, body_fts, 'row')");
            return StoreChecks.strings(c, "SELECT term FROM temp.v ORDER BY term");
        });
    }


    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }
}
