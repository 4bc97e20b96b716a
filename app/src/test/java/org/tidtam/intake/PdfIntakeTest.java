package org.tidtam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.tidtam.intake.Refusals.assertRefused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfIntakeTest {
    private final FileIntake intake = new FileIntake();

    @Test
    void readsTheTextLayerOfAnEnglishPdf() throws IOException {
        byte[] pdf = TestFiles.pdf(List.of("Ministry of Interior\nPlease report by 15 May 2025\nto the governor"),
                false);

        IntakeResult result = intake.readBytes("letter.pdf", pdf);

        assertThat(result.format()).isEqualTo(IntakeFormat.PDF);
        assertThat(result.text()).contains("Please report by 15 May 2025");
        assertThat(result.pageCount()).isEqualTo(1);
        assertThat(result.charset()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void readsThaiTextAndPutsToneMarksBackInOrder() throws IOException {
        assumeTrue(TestFiles.thaiFontPresent(), "Thai font not installed");
        // The second line is written the way LibreOffice PDFs come out: tone mark before the vowel.
        byte[] pdf = TestFiles.pdf(List.of("ที่ มท ๐๓๒๒/ว ๕๕๘๗๘\nเลขท่ี ๑๒ น้ํา พันธ์ุ\nเรื่อง ขอให้รายงานผล"),
                true);

        IntakeResult result = intake.readBytes("thai.pdf", pdf);

        assertThat(result.text()).contains("ที่ มท ๐๓๒๒/ว ๕๕๘๗๘", "เลขที่ ๑๒ น้ำ พันธุ์", "เรื่อง ขอให้รายงานผล");
    }

    @Test
    void warnsAboutScannedPagesBetweenTextPages() throws IOException {
        String text = "This page has a proper text layer with plenty of words on it.";
        byte[] pdf = TestFiles.pdf(List.of(text, " ", text), false);

        IntakeResult result = intake.readBytes("mixed.pdf", pdf);

        assertThat(result.pageCount()).isEqualTo(3);
        assertThat(result.warnings()).extracting(IntakeWarning::key).containsExactly("intake.warning.pagesWithoutText");
        assertThat(result.warnings().get(0).args()).containsExactly("mixed.pdf", "2");
    }

    @Test
    void readsOnlyTheFirstPagesOfAHugePdf() throws IOException {
        String text = "Page text with enough letters to count as a text layer.";
        byte[] pdf = TestFiles.pdf(List.of(text, text, text), false);

        IntakeResult result = new FileIntake(IntakeLimits.defaults().withMaxPdfPages(2)).readBytes("big.pdf", pdf);

        assertThat(result.hasWarning("intake.warning.pagesLimited")).isTrue();
        assertThat(result.pageCount()).isEqualTo(3);
    }

    @Test
    void sendsAnImageOnlyPdfToOcr() throws IOException {
        assertRefused(() -> intake.readBytes("scan.pdf", TestFiles.imageOnlyPdf()), "intake.pdf.needsOcr",
                "scan.pdf");
    }

    @Test
    void refusesAPasswordProtectedPdf() throws IOException {
        assertRefused(() -> intake.readBytes("secret.pdf", TestFiles.encryptedPdf("secret")),
                "intake.pdf.encrypted", "secret.pdf");
    }

    @Test
    void readsAPdfProtectedOnlyByAnOwnerPassword() throws IOException {
        IntakeResult result = intake.readBytes("owner.pdf", TestFiles.encryptedPdf(""));

        assertThat(result.text()).contains("Secret letter text");
    }

    @Test
    void refusesATruncatedPdf() throws IOException {
        byte[] pdf = TestFiles.pdf(List.of("A letter that was cut off in transfer."), false);
        byte[] cut = Arrays.copyOf(pdf, pdf.length / 3);

        assertRefused(() -> intake.readBytes("cut.pdf", cut), "intake.pdf.corrupt", "cut.pdf");
    }

    @Test
    void refusesTextNamedPdf() {
        byte[] text = "not a pdf at all".getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> intake.readBytes("fake.pdf", text), "intake.pdf.corrupt", "fake.pdf");
    }

    @Test
    void recognisesAPdfWithoutItsExtension() throws IOException {
        byte[] pdf = TestFiles.pdf(List.of("Recognised by its first bytes, not its name."), false);

        assertThat(intake.readBytes("download", pdf).format()).isEqualTo(IntakeFormat.PDF);
    }
}
