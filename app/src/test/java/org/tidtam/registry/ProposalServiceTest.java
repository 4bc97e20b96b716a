package org.tidtam.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.i18n.TidtamException;
import org.tidtam.store.RegisterQuery;

class ProposalServiceTest {
    @TempDir Path dir;
    RegistryFixture fx;

    @BeforeEach
    void open() { fx = new RegistryFixture(dir.resolve("data")); }

    @AfterEach
    void close() { fx.close(); }

    @Test
    void pastedTextGivesADraftWithEveryFieldAndReceivedNow() {
        LetterProposal p = fx.proposals.fromText(SampleLetters.letter("ขก ๐๐๑๗/ว ๑", "ขอเชิญประชุม"));
        assertThat(p.fromFile()).isFalse();
        assertThat(p.draft().number()).isEqualTo("ขก ๐๐๑๗/ว ๑");
        assertThat(p.draft().sender()).isEqualTo("จังหวัดขอนแก่น");
        assertThat(p.draft().recipient()).isEqualTo("นายอำเภอทุกอำเภอ");
        assertThat(p.draft().date()).hasToString("2025-03-03");
        assertThat(p.draft().receivedAt()).isEqualTo(LocalDateTime.of(2025, 3, 10, 9, 30));
        assertThat(p.draft().deadlines()).hasSize(1);
        assertThat(p.draft().fileSha256()).isNull();
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void aFileOfTwoLettersKeepsTheOtherNumberAsAReference() {
        String text = SampleLetters.letter("ขก 0017/ว 1", "หนังสือนำส่ง") + "\n"
                + SampleLetters.letter("", "มท 0322/ว 558", "กรมการปกครอง", "หนังสือต้นเรื่อง");
        LetterProposal first = fx.proposals.fromText(text);
        assertThat(first.letterCount()).isEqualTo(2);
        assertThat(first.draft().number()).isEqualTo("ขก 0017/ว 1");
        assertThat(first.references()).containsExactly("มท 0322/ว 558");
        assertThat(first.draft().remarks()).contains("มท 0322/ว 558");
        assertThat(first.warnings()).extracting(ProposalWarning::key).contains("registry.warning.severalLetters");
        LetterProposal second = fx.proposals.choose(first, 1);
        assertThat(second.draft().sender()).isEqualTo("กรมการปกครอง");
        assertThat(second.references()).containsExactly("ขก 0017/ว 1");
        assertThat(second.letter().orElseThrow().span().start()).isPositive();
        assertThatThrownBy(() -> fx.proposals.choose(first, 2)).isInstanceOf(TidtamException.class)
                .hasMessageContaining("3");
    }

    @Test
    void textWithoutAHeaderIsWarnedAbout() {
        LetterProposal p = fx.proposals.fromText("สวัสดีครับ");
        assertThat(p.draft().text()).isEqualTo("สวัสดีครับ");
        assertThat(p.warnings()).extracting(ProposalWarning::field).contains("sender", "subject");
    }

    @Test
    void aClassifiedGradeIsReadFromTheTopOnly() {
        assertThat(SecrecyReader.read("ลับที่สุด ด่วนที่สุด\nที่ ขก 1\n")).hasToString("TOP_SECRET");
        assertThat(SecrecyReader.read("ที่ ขก 1\nเรื่อง ก\nเรียน ข\nค\nง\nจ\nเป็นความลับ ลับ\n")).hasToString("NORMAL");
    }

    @Test
    void duplicateKeysIgnoreDigitsAndSpaces() {
        assertThat(DuplicateFinder.normalise(" มท ๐๓๒๒/ว ๕๕๘ ")).isEqualTo(DuplicateFinder.normalise("มท0322/ว558"));
    }

    @Test
    void aFailedAttachmentRowLeavesNoEntry() throws Exception {
        fx.db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TRIGGER no_room BEFORE INSERT ON attachments BEGIN SELECT RAISE(ABORT, 'full'); END");
            }
            return null;
        });
        Path f = SampleLetters.write(dir.resolve("a.txt"), SampleLetters.letter("ขก 1/ว 1", "ก")
                .getBytes(StandardCharsets.UTF_8));
        ImportSummary s = fx.importer(false).importFiles(List.of(f), false, ImportListener.NONE, () -> false);
        assertThat(s.failed()).hasSize(1);
        assertThat(fx.store.count(RegisterQuery.all())).isZero();
    }
}
