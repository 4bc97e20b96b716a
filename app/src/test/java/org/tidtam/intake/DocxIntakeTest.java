package org.tidtam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.intake.Refusals.assertRefused;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DocxIntakeTest {
    private final FileIntake intake = new FileIntake();

    @Test
    void readsThaiTextFromADocx() throws IOException {
        byte[] docx = TestFiles.docx("ที่ ขก ๐๐๑๗.๒/ว ๑๒๓", "เรื่อง ขอเชิญประชุม", "ภายในวันที่ ๑๕ พฤษภาคม ๒๕๖๘");

        IntakeResult result = intake.readBytes("letter.docx", docx);

        assertThat(result.format()).isEqualTo(IntakeFormat.DOCX);
        assertThat(result.text()).contains("ที่ ขก ๐๐๑๗.๒/ว ๑๒๓", "เรื่อง ขอเชิญประชุม", "ภายในวันที่ ๑๕ พฤษภาคม ๒๕๖๘");
        assertThat(result.pageCount()).isZero();
    }

    @Test
    void refusesACorruptDocx() {
        byte[] junk = new byte[2000];
        new Random(7).nextBytes(junk);

        assertRefused(() -> intake.readBytes("junk.docx", junk), "intake.docx.corrupt", "junk.docx");
    }

    @Test
    void refusesATruncatedDocx() throws IOException {
        byte[] docx = TestFiles.docx("หนังสือที่ถูกตัด");
        byte[] cut = Arrays.copyOf(docx, docx.length / 2);

        assertRefused(() -> intake.readBytes("cut.docx", cut), "intake.docx.corrupt", "cut.docx");
    }

    @Test
    void refusesAZipThatIsNotAWordFile() throws IOException {
        assertRefused(() -> intake.readBytes("other.docx", TestFiles.zipWithEntries(3)), "intake.docx.corrupt",
                "other.docx");
    }

    @Test
    void refusesAZipBombBeforePoiSeesIt() throws IOException {
        byte[] bomb = TestFiles.zipBomb(100);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertRefused(() -> intake.readBytes("bomb.docx", bomb),
                "intake.docx.zipBomb", "bomb.docx");
    }

    @Test
    void refusesAZipWithTooManyEntries() throws IOException {
        FileIntake strict = new FileIntake(IntakeLimits.defaults().withZipLimits(10, 200 * IntakeLimits.MB, 100));

        assertRefused(() -> strict.readBytes("many.docx", TestFiles.zipWithEntries(11)), "intake.docx.zipBomb",
                "many.docx");
    }

    @Test
    void refusesAnUnpackedSizeOverTheLimit() throws IOException {
        FileIntake strict = new FileIntake(IntakeLimits.defaults().withZipLimits(100, 2 * IntakeLimits.MB, 100_000));

        assertRefused(() -> strict.readBytes("big.docx", TestFiles.zipBomb(3)), "intake.docx.zipBomb", "big.docx");
    }

    @Test
    void asksForDocxInsteadOfALegacyDoc() {
        byte[] ole = TextIntakeTest.bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0);

        assertRefused(() -> intake.readBytes("old.doc", ole), "intake.doc.legacy", "old.doc");
        assertRefused(() -> intake.readBytes("locked.docx", ole), "intake.docx.encryptedOrLegacy", "locked.docx");
    }
}
