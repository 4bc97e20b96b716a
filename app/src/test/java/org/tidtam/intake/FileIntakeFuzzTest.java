package org.tidtam.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tidtam.i18n.TidtamException;

/**
 * Whatever bytes arrive under whatever name, reading them either yields text within the limits or a
 * TidtamException; any other exception (or a hang) is a finding. `mvn test` replays the inputs kept in
 * src/test/resources/org/tidtam/intake/FileIntakeFuzzTestInputs/METHOD (seeds and past findings);
 * fuzz one method at a time with JAZZER_FUZZ=1 (see docs/decisions/0005-file-intake.md).
 */
class FileIntakeFuzzTest {
    private static final FileIntake INTAKE = new FileIntake(IntakeLimits.defaults().withMaxChars(100_000));
    /** PDFBox and POI log a warning for nearly every broken input; printing them costs most of the time. */
    private static final Logger LIBRARIES = Logger.getLogger("org.apache");

    static {
        LIBRARIES.setLevel(Level.OFF);
    }

    @FuzzTest(maxDuration = "60s")
    void fuzzText(byte[] bytes) { readOnlyEverThrowsTidtamException("letter.txt", bytes); }

    @FuzzTest(maxDuration = "60s")
    void fuzzPdf(byte[] bytes) { readOnlyEverThrowsTidtamException("letter.pdf", bytes); }

    @FuzzTest(maxDuration = "60s")
    void fuzzDocx(byte[] bytes) { readOnlyEverThrowsTidtamException("letter.docx", bytes); }

    /** No extension: the first bytes decide the format. */
    @FuzzTest(maxDuration = "60s")
    void fuzzSniffed(byte[] bytes) { readOnlyEverThrowsTidtamException("letter", bytes); }

    private static void readOnlyEverThrowsTidtamException(String name, byte[] bytes) {
        try {
            IntakeResult result = INTAKE.readBytes(name, bytes);
            assertThat(result.text().length()).isLessThanOrEqualTo(INTAKE.limits().maxChars());
            assertThat(result.size()).isEqualTo(bytes.length);
        } catch (TidtamException expected) {
            assertThat(expected.key()).startsWith("intake.");
        }
    }
}
