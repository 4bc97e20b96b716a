package org.tidtam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.intake.Refusals.assertRefused;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextIntakeTest {
    static final String LETTER = """
            ด่วนที่สุด
            ที่ มท ๐๓๒๒/ว ๕๕๘๗๘
            เรื่อง ขอให้รายงานผลการดำเนินงาน
            เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด
            โปรดรายงานภายในวันที่ ๑๕ พฤษภาคม ๒๕๖๘ (Form A-1, “urgent”)
            """;

    private final FileIntake intake = new FileIntake();

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8", new byte[0], StandardCharsets.UTF_8, "UTF-8", false),
                Arguments.of("UTF-8 BOM", bytes(0xEF, 0xBB, 0xBF), StandardCharsets.UTF_8, "UTF-8", false),
                Arguments.of("UTF-16LE BOM", bytes(0xFF, 0xFE), StandardCharsets.UTF_16LE, "UTF-16LE", false),
                Arguments.of("UTF-16BE BOM", bytes(0xFE, 0xFF), StandardCharsets.UTF_16BE, "UTF-16BE", false),
                Arguments.of("UTF-16LE no BOM", new byte[0], StandardCharsets.UTF_16LE, "UTF-16LE", true),
                Arguments.of("windows-874", new byte[0], Charset.forName("x-windows-874"), "x-windows-874", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void decodesEachEncodingWithoutMojibake(String label, byte[] bom, Charset charset, String expected,
                                            boolean guessed) {
        IntakeResult result = intake.readBytes("letter.txt", concat(bom, LETTER.getBytes(charset)));

        assertThat(result.text()).isEqualTo(LETTER);
        assertThat(result.format()).isEqualTo(IntakeFormat.TEXT);
        assertThat(result.encoding()).isEqualTo(expected);
        assertThat(result.hasWarning("intake.warning.encodingGuessed")).isEqualTo(guessed);
    }

    @Test
    void readsTis620WithoutTheWindowsExtras() {
        String thai = "หนังสือรับ เลขที่ ๑๒๓ น้ำท่วม พันธุ์ไม้";
        IntakeResult result = intake.readBytes("tis.txt", thai.getBytes(Charset.forName("TIS-620")));

        assertThat(result.text()).isEqualTo(thai);
        assertThat(result.encoding()).isEqualTo("x-windows-874");
    }

    @Test
    void readsAShortTis620Word() {
        byte[] bytes = "ก".getBytes(Charset.forName("TIS-620"));

        assertThat(intake.readBytes("one.txt", bytes).text()).isEqualTo("ก");
    }

    @Test
    void refusesGarbageBytesAsUnknownEncoding() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);

        assertRefused(() -> intake.readBytes("garbage.txt", garbage), "intake.text.unknownEncoding", "garbage.txt");
    }

    @Test
    void refusesLatinTextRatherThanShowItAsThai() {
        byte[] french = "Le café est déjà prêt à être servi, élève.".getBytes(Charset.forName("windows-1252"));

        assertRefused(() -> intake.readBytes("cafe.txt", french), "intake.text.unknownEncoding", "cafe.txt");
    }

    @Test
    void refusesBinaryThatHappensToBeValidUtf8() {
        byte[] binary = new byte[64];
        assertRefused(() -> intake.readBytes("zeros.txt", binary), "intake.text.unknownEncoding", "zeros.txt");
    }

    @Test
    void refusesAByteOrderMarkThatLies() {
        byte[] lie = concat(bytes(0xEF, 0xBB, 0xBF), "ก".getBytes(Charset.forName("TIS-620")));

        assertRefused(() -> intake.readBytes("bom.txt", lie), "intake.text.badBom", "bom.txt");
    }

    @Test
    void cutsVeryLongTextAtTheCharacterLimitWithAWarning() {
        FileIntake small = new FileIntake(IntakeLimits.defaults().withMaxChars(100));
        byte[] bytes = "ก".repeat(1000).getBytes(StandardCharsets.UTF_8);

        IntakeResult result = small.readBytes("long.md", bytes);

        assertThat(result.text()).hasSize(100);
        assertThat(result.hasWarning("intake.warning.truncated")).isTrue();
    }

    @Test
    void readsAFileWithAnUnknownExtensionAsText() {
        IntakeResult result = intake.readBytes("README", LETTER.getBytes(StandardCharsets.UTF_8));

        assertThat(result.format()).isEqualTo(IntakeFormat.TEXT);
        assertThat(result.sha256()).hasSize(64);
        assertThat(result.size()).isEqualTo(LETTER.getBytes(StandardCharsets.UTF_8).length);
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
