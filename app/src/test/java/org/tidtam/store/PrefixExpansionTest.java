package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.store.sample.SampleLetters;

/**
 * The prefix of a search's last word expanded into the index's exact terms finds the same letters in the same
 * order as the prefix itself, on a generated register; too many terms keep the prefix.
 */
class PrefixExpansionTest {
    static final int LETTERS = 300;
    /** The queries of `bench search`, and more cut from the letters' own text. */
    static final List<String> BENCH = List.of("ขอน", "ภัย", "ชุม", "สกล", "จ่า", "ยืน", "พัฒ", "ว่า", "ปกครองท้อง",
            "ปัญหาภัยแล", "ศาลากลางจั", "พัฒนาชุมชน", "คณะกรรมการ", "ข้อเสนอแนะ", "ห้องประชุม", "จัดซื้อจัด");
    @TempDir static Path dir;
    static Database db;
    static SampleLetters sample;

    @BeforeAll
    static void generate() {
        db = Database.open(dir.resolve("gen.db"));
        sample = new SampleLetters(11, LETTERS, LocalDate.of(2023, 1, 1), 2);
        new BulkLoader(db, Clock.systemUTC(), (s, n) -> { }, true).load(LETTERS, sample::letter, "a");
    }

    @AfterAll
    static void close() { db.close(); }

    @Test
    void expandedQueriesFindTheSameLettersInTheSameOrder() {
        List<String> queries = queries();
        int expanded = 0;
        for (String q : queries) {
            BodyQuery body = BodyQuery.of(q);
            String match = match(db, body);
            if (match != null && !match.equals(body.exact())) {
                expanded++;
                assertThat(ids(match)).as(q).containsExactlyElementsOf(ids(body.exact()));
            }
        }
        assertThat(expanded).as("queries expanded of " + queries.size()).isGreaterThan(queries.size() / 2);
    }

    @Test
    void pagesCountsAndListsAreTheSameWithoutTheTermList() {
        SqliteRegisterStore store = new SqliteRegisterStore(db, SqliteRegisterStoreTest.CLOCK);
        List<String> queries = queries();
        List<List<Long>> with = queries.stream().map(q -> results(store, q)).toList();
        db.write(c -> {
            Database.exec(c, "CREATE TABLE saved_terms AS SELECT term FROM body_terms");
            Database.exec(c, "DELETE FROM body_terms"); // no terms: every query keeps its prefix, as before V7
            return null;
        });
        try {
            for (int i = 0; i < queries.size(); i++) {
                assertThat(results(store, queries.get(i))).as(queries.get(i)).containsExactlyElementsOf(with.get(i));
            }
        } finally {
            db.write(c -> {
                Database.exec(c, "INSERT INTO body_terms SELECT term FROM saved_terms");
                Database.exec(c, "DROP TABLE saved_terms");
                return null;
            });
        }
    }

    @Test
    void tooManyTermsKeepThePrefix(@TempDir Path other) {
        try (Database small = Database.open(other.resolve("many.db"))) {
            SqliteRegisterStore store = new SqliteRegisterStore(small, SqliteRegisterStoreTest.CLOCK);
            String text = IntStream.rangeClosed(1, PrefixExpansion.WORD_LIMIT + 1).mapToObj(i -> "ระบบ abc" + i)
                    .collect(Collectors.joining(" "));
            store.register(BodySearchTest.body(text), "a");
            store.register(BodySearchTest.body("ระบบ abc1 ระบบ abc2"), "a");
            BodyQuery word = BodyQuery.of("abc");
            assertThat(match(small, word)).isEqualTo(word.exact());
            assertThat(store.page(RegisterQuery.all().withText("abc"), 0, 10)).hasSize(2);
            BodyQuery upTo64 = BodyQuery.of("abc1");
            assertThat(match(small, upTo64)).contains("\"abc1\" OR \"abc10\"")
                    .doesNotContain("*");
            BodyQuery phrase = BodyQuery.of("ระบบ abc1");
            assertThat(match(small, phrase)).isEqualTo(phrase.exact());
            BodyQuery fewPhrases = BodyQuery.of("ระบบ abc6");
            assertThat(match(small, fewPhrases))
                    .isEqualTo("\"ระบบ abc6\" OR \"ระบบ abc60\" OR \"ระบบ abc61\" OR \"ระบบ abc62\" OR \"ระบบ abc63\""
                            + " OR \"ระบบ abc64\" OR \"ระบบ abc65\"");
            assertThat(store.page(RegisterQuery.all().withText("ระบบ abc6"), 0, 10)).hasSize(1);
        }
    }

    @Test
    void noTermOrAnUnknownCharacterKeepsThePrefix() {
        BodyQuery none = BodyQuery.of("ฮฮฮฮ");
        assertThat(match(db, none)).isEqualTo(none.exact());
        BodyQuery latin = BodyQuery.of("café");
        assertThat(match(db, latin)).isEqualTo(latin.exact());
        assertThat(match(db, BodyQuery.of("ภัยแล"))).isNull();
    }

    private static List<Long> results(SqliteRegisterStore store, String q) {
        RegisterQuery query = RegisterQuery.all().withText(q);
        List<Long> out = new ArrayList<>();
        store.page(query, 0, 50).forEach(r -> out.add(r.id()));
        out.add(-1L);
        out.add(store.countAtMost(query, 1000));
        out.add(-1L);
        store.forEachRow(query, 0, r -> out.add(r.id()));
        return out;
    }

    /** The bench queries and pieces of 3–12 characters cut from the start of the letters' chunks. */
    static List<String> queries() {
        Set<String> out = new LinkedHashSet<>(BENCH);
        Random random = new Random(5);
        for (int i = 0; i < 60; i++) {
            String text = sample.letter(random.nextInt(LETTERS)).text();
            String[] chunks = text.split("\\s+");
            String chunk = chunks[random.nextInt(chunks.length)];
            int n = chunk.codePointCount(0, chunk.length());
            if (n >= 3) {
                out.add(chunk.substring(0, chunk.offsetByCodePoints(0, 3 + random.nextInt(Math.min(n, 12) - 2))));
            }
        }
        return new ArrayList<>(out);
    }

    private static String match(Database on, BodyQuery body) {
        return on.read(c -> PrefixExpansion.match(c, body));
    }

    private static List<Long> ids(String match) {
        return db.read(c -> ids(c, match));
    }

    private static List<Long> ids(Connection c, String match) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM body_fts WHERE body_fts MATCH ? ORDER BY rowid DESC")) {
            ps.setString(1, match);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }
}
