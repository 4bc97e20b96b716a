package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;

class NameSuggestionsTest {
    @TempDir Path dir;
    Database db;
    SqliteRegisterStore store;
    int minute;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        store = new SqliteRegisterStore(db, SqliteRegisterStoreTest.CLOCK);
    }

    @AfterEach
    void close() { db.close(); }

    private Letter register(String sender, String recipient) {
        LetterDraft d = Drafts.received(LocalDateTime.of(2025, 3, 10, 8, 0).plusMinutes(minute++));
        return store.register(new LetterDraft(d.number(), d.date(), sender, recipient, d.subject(), d.urgency(),
                d.secrecy(), d.receivedAt(), d.action(), d.unit(), d.officer(), d.remarks(), d.text(), List.of(),
                null, null), "clerk");
    }

    @Test
    void startingWithComesFirstThenTheMostUsedThenTheLatest() {
        register("สำนักงานจังหวัดขอนแก่น", "นายอำเภอ");
        register("กรมการปกครอง", "นายอำเภอ");
        register("กรมส่งเสริมการปกครองท้องถิ่น", "ปลัดอำเภอ");
        register("กรมส่งเสริมการปกครองท้องถิ่น", "ปลัดอำเภอ");
        register("กรมการพัฒนาชุมชน", "นายอำเภอ");

        assertThat(store.suggestions(NameField.SENDER, "กรม", 10))
                .containsExactly("กรมส่งเสริมการปกครองท้องถิ่น", "กรมการพัฒนาชุมชน", "กรมการปกครอง");
        assertThat(store.suggestions(NameField.SENDER, "ปกครอง", 10))
                .as("containing counts too").containsExactly("กรมส่งเสริมการปกครองท้องถิ่น", "กรมการปกครอง");
        assertThat(store.suggestions(NameField.SENDER, "จังหวัด", 10)).containsExactly("สำนักงานจังหวัดขอนแก่น");
        assertThat(store.suggestions(NameField.RECIPIENT, "อำเภอ", 10)).containsExactly("นายอำเภอ", "ปลัดอำเภอ");
        assertThat(store.suggestions(NameField.RECIPIENT, "ปลัด", 10))
                .as("a name starting with the text beats one used more often").containsExactly("ปลัดอำเภอ");
    }

    @Test
    void aPrefixMatchOutranksAMoreUsedContainingMatch() {
        register("สำนักงานปลัดกระทรวงมหาดไทย", "");
        register("สำนักงานปลัดกระทรวงมหาดไทย", "");
        register("ปลัดจังหวัด", "");
        assertThat(store.suggestions(NameField.SENDER, "ปลัด", 10))
                .containsExactly("ปลัดจังหวัด", "สำนักงานปลัดกระทรวงมหาดไทย");
    }

    @Test
    void atMostTheLimitMostUsedFirst() {
        IntStream.range(0, 15).forEach(i -> IntStream.rangeClosed(0, i)
                .forEach(k -> register("โรงเรียนบ้านหนองแวง " + i, "")));
        List<String> top = store.suggestions(NameField.SENDER, "โรงเรียน", 10);
        assertThat(top).hasSize(10).startsWith("โรงเรียนบ้านหนองแวง 14", "โรงเรียนบ้านหนองแวง 13");
        assertThat(store.suggestions(NameField.SENDER, "โรงเรียน", 500)).hasSize(15);
        assertThat(store.suggestions(NameField.SENDER, "โรงเรียน", 0)).isEmpty();
    }

    @Test
    void blankGivesTheMostUsedAndEmptyValuesAreNeverSuggested() {
        register("กรมการปกครอง", "");
        register("กรมการปกครอง", "");
        register("จังหวัดขอนแก่น", "");
        assertThat(store.suggestions(NameField.SENDER, "", 10)).containsExactly("กรมการปกครอง", "จังหวัดขอนแก่น");
        assertThat(store.suggestions(NameField.SENDER, "   ", 10)).containsExactly("กรมการปกครอง", "จังหวัดขอนแก่น");
        assertThat(store.suggestions(NameField.SENDER, null, 1)).containsExactly("กรมการปกครอง");
        assertThat(store.suggestions(NameField.RECIPIENT, "", 10)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            100%,     ร้อยเปอร์เซ็นต์ 100% แน่นอน
            a_b,      หน่วย a_b
            '\\',     ทาง\\ลัด
            """)
    void likeWildcardsInTheTextAreLiteral(String typed, String expected) {
        register("หน่วย axb", "");
        register("ร้อยเปอร์เซ็นต์ 1000 แน่นอน", "");
        register(expected, "");
        assertThat(store.suggestions(NameField.SENDER, typed, 10)).containsExactly(expected);
    }

    @Test
    void anEditMovesTheUseAndAForgottenTypoIsNoLongerSuggested() {
        Letter typo = register("กรมการปกครอบ", "นายอำเภอ");
        register("กรมการปกครอง", "นายอำเภอ");
        LetterDraft fixed = typo.fields();
        store.update(typo.id(), new LetterDraft(fixed.number(), fixed.date(), "กรมการปกครอง", fixed.recipient(),
                fixed.subject(), fixed.urgency(), fixed.secrecy(), fixed.receivedAt(), fixed.action(), "งานธุรการ",
                "นายสมชาย", fixed.remarks(), fixed.text(), List.of(), null, null), "clerk");

        assertThat(store.suggestions(NameField.SENDER, "กรมการปกครอ", 10)).containsExactly("กรมการปกครอง");
        assertThat(store.suggestions(NameField.RECIPIENT, "นาย", 10)).containsExactly("นายอำเภอ");
        assertThat(store.suggestions(NameField.UNIT, "", 10)).containsExactly("งานธุรการ");
        assertThat(store.suggestions(NameField.OFFICER, "สมชาย", 10)).containsExactly("นายสมชาย");
        assertThat(db.<Integer>read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT uses FROM name_uses WHERE field = 'sender' AND name = 'กรมการปกครอง'")) {
                return rs.getInt(1);
            }
        })).isEqualTo(2);
    }

    @Test
    void bulkLoadedLettersAreSuggestedToo() {
        new BulkLoader(db, SqliteRegisterStoreTest.CLOCK, (stage, n) -> { }, false)
                .load(3, i -> Drafts.sample(), "dev");
        assertThat(store.suggestions(NameField.SENDER, "ขอนแก่น", 10)).containsExactly("สำนักงานจังหวัดขอนแก่น");
    }
}
