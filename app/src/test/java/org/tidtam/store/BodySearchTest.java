package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.Urgency;

/** Search in letter bodies: whole words, a cut-off last word, a one- or two-letter end, capped counts. */
class BodySearchTest {
    static final String DROUGHT = "ด้วยจังหวัดประสบปัญหาภัยแล้งในพื้นที่หลายอำเภอ จึงขอให้รายงานความเสียหาย";
    static final String HALL = "ขอเชิญประชุม ณ ศาลากลางจังหวัด ชั้น ๒";
    @TempDir Path dir;
    Database db;
    SqliteRegisterStore store;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        store = new SqliteRegisterStore(db, SqliteRegisterStoreTest.CLOCK);
        store.register(body("ทั่วไป"), "a");                  // 1
        store.register(body(DROUGHT), "a");                   // 2
        store.register(body(HALL), "a");                      // 3
        store.register(body(DROUGHT + " " + HALL), "a");      // 4
        store.register(subject("ปัญหาภัยแล้งซ้ำซาก"), "a");     // 5: in the register fields only
    }

    @AfterEach
    void close() { db.close(); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ปัญหาภัยแล้ง   | 5 4 2
            ปัญหาภัยแล     | 5 4 2
            ภัยแล          | 5 4 2
            ศาลากลางจังหวัด | 4 3
            ศาลากลางจั     | 4 3
            ศาลากลาง       | 4 3
            ความเสียหาย    | 4 2
            ศาลากลางจังหวัดขอนแก่น |
            ลากลางจังหวัด   |
            """)
    void findsWordsAndCutOffWordsInBodies(String query, String numbers) {
        List<Integer> expected = numbers == null ? List.of()
                : java.util.Arrays.stream(numbers.split(" ")).map(Integer::valueOf).toList();
        assertThat(store.page(RegisterQuery.all().withText(query), 0, 10)).extracting(r -> r.regNo().number())
                .containsExactlyElementsOf(expected);
        assertThat(store.count(RegisterQuery.all().withText(query))).isEqualTo(expected.size());
        List<Integer> listed = new java.util.ArrayList<>();
        store.forEachRow(RegisterQuery.all().withText(query), 0, r -> listed.add(r.regNo().number()));
        assertThat(listed).containsExactlyElementsOf(expected);
    }

    @Test
    void pagesThroughExactHitsThenCutOffHits() {
        // "ปัญหาภัยแล" ends in a two-letter fragment: the register hit is exact, the bodies are checked
        assertThat(store.page(RegisterQuery.all().withText("ปัญหาภัยแล"), 1, 1)).extracting(r -> r.regNo().number())
                .containsExactly(4);
        assertThat(store.page(RegisterQuery.all().withText("ปัญหาภัยแล"), 2, 5)).extracting(r -> r.regNo().number())
                .containsExactly(2);
        assertThat(store.page(RegisterQuery.all().withText("ศาลากลางจั"), 0, 1)).extracting(r -> r.regNo().number())
                .containsExactly(4);
    }

    @Test
    void otherFiltersApplyToBodyHits() {
        store.register(withUrgency(body(HALL), Urgency.MOST_URGENT), "a"); // 6
        RegisterQuery mostUrgent = new RegisterQuery(null, "ศาลากลางจั", Urgency.MOST_URGENT, null, null);
        assertThat(store.page(mostUrgent, 0, 10)).extracting(r -> r.regNo().number()).containsExactly(6);
        assertThat(store.count(mostUrgent)).isEqualTo(1);
        assertThat(store.count(new RegisterQuery(2567, "ศาลากลางจั", null, null, null))).isZero();
    }

    @Test
    void countsStopAfterTheLimit() {
        RegisterQuery q = RegisterQuery.all().withText("ปัญหาภัยแล้ง");
        assertThat(store.countAtMost(q, 1)).isEqualTo(2);
        assertThat(store.countAtMost(q, 2)).isEqualTo(3);
        assertThat(store.countAtMost(q, 3)).isEqualTo(3);
        assertThat(store.countAtMost(q, 100)).isEqualTo(3);
        assertThat(store.countAtMost(RegisterQuery.all(), 2)).isEqualTo(3);
        assertThat(store.countAtMost(RegisterQuery.all(), 10)).isEqualTo(5);
        assertThat(store.countAtMost(RegisterQuery.all().withText("ขก"), 0)).isEqualTo(1);
    }

    @Test
    void quotesAndStarsAreNotQuerySyntax() {
        // the body is indexed by words, punctuation dropped: the quotes and the star are ignored there
        assertThat(store.page(RegisterQuery.all().withText("\"ศาลา*\""), 0, 10)).extracting(r -> r.regNo().number())
                .containsExactly(4, 3);
        assertThat(store.count(RegisterQuery.all().withText("ภัยแล\" OR \"ทั่วไป"))).isZero();
    }

    static LetterDraft body(String text) {
        LetterDraft d = Drafts.sample();
        return new LetterDraft(d.number(), d.date(), d.sender(), d.recipient(), "เรื่องทั่วไป", d.urgency(), d.secrecy(),
                d.receivedAt(), d.action(), d.unit(), d.officer(), d.remarks(), text, d.deadlines(),
                d.fileSha256(), d.fileName());
    }

    static LetterDraft subject(String subject) {
        LetterDraft d = body("ทั่วไป");
        return new LetterDraft(d.number(), d.date(), d.sender(), d.recipient(), subject, d.urgency(), d.secrecy(),
                d.receivedAt(), d.action(), d.unit(), d.officer(), d.remarks(), d.text(), d.deadlines(),
                d.fileSha256(), d.fileName());
    }

    static LetterDraft withUrgency(LetterDraft d, Urgency u) {
        return new LetterDraft(d.number(), d.date(), d.sender(), d.recipient(), d.subject(), u, d.secrecy(),
                d.receivedAt(), d.action(), d.unit(), d.officer(), d.remarks(), d.text(), d.deadlines(),
                d.fileSha256(), d.fileName());
    }
}
