package org.tidtam.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidtam.letter.Deadline;

/**
 * Any input at all gives a result and never an exception. The timeout only guards against a hang (a
 * quadratic pattern); speed is measured by {@code bench extract}, not here.
 */
class ExtractorRobustnessTest {
    private static final Duration HANG = Duration.ofSeconds(120);
    private static final String THAI = "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮะัาำิีึืุูเแโใไ่้๊๋์ๆ๐๑๒๓๔๕๖๗๘๙ .:/-\n()";
    private static final String[] WORDS = {"ภายในวันที่ ", "วันพุธที่ ", "๒๕ ธันวาคม ๒๕๖๗", "ลงวันที่ ", "ที่ มท ๐๓๒๒/ว ๕ ",
        "\nด่วนที่สุด\n", "\nที่ ขก ๑/ว ๒\n", "\nเรื่อง ", "\nเรียน ", "เวลา ๑๓.๓๐ - ", "ระหว่างวันที่ ๑๗ - ",
        "ตั้งแต่เดือน", "มีนาคม", " - ", "ภายใน ๗ วันทำการ", "\n\n", "บันทึกข้อความ\n", "เลขรับ ๑\nวันที่ ", "ํา", "<p>",
        "เลื่อนจากวันที่ ", " เป็นวันที่ ", "(นายก ข)\n", "โทร ๐ ๒๒", "สิ่งที่ส่งมาด้วย ๑. ", "อ้างถึง ที่ "};

    static Stream<String> oddInputs() {
        Random r = new Random(20250115);
        return Stream.concat(Stream.of("", " ", "\n\n\n", "<", "ที่", "ที่ ", "เดือน", "๓๑ ก.พ. ๒๕๖๘", "ภายในวันที่",
                "๙๙ มกราคม ๙๙๙๙", "ภายใน ๙๙๙๙ วัน", "ที่ 1/1\nเรื่อง\nเรียน", "\u0000\uFFFF\uD800",
                "ภายในวันที่ ๒๙ กุมภาพันธ์", "ด่วน\nที่ ก ๑/๑\n๑ ม.ค. ๑\nเรื่อง ก\nเรียน ข"),
                IntStream.range(0, 60).mapToObj(i -> i % 3 == 0 ? binary(r) : i % 3 == 1 ? thai(r) : words(r)));
    }

    @ParameterizedTest
    @MethodSource("oddInputs")
    void anyInputGivesAResult(String text) {
        Extraction x = assertTimeoutPreemptively(HANG, () -> LetterFrames.read(text));

        assertThat(x).isNotNull();
        for (ExtractedLetter l : x.letters()) {
            assertThat(l.span().end()).isLessThanOrEqualTo(text.length());
            for (Deadline d : l.deadlines()) {
                assertThat(d.span().end()).isLessThanOrEqualTo(text.length());
                assertThat(d.span().start()).isLessThanOrEqualTo(d.span().end());
            }
        }
    }

    @Test
    void nullTextIsEmpty() {
        assertThat(new LetterExtractor(LetterFrames.CLOCK).extract(null, null).letters()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void tenMegabytesOfLettersAndNoise() {
        StringBuilder b = new StringBuilder();
        Random r = new Random(7);
        while (b.length() < 10_000_000) {
            b.append(LetterFrames.external("ขอให้รายงานผลภายในวันที่ ๑๕ กุมภาพันธ์ ๒๕๖๘ ")).append(words(r));
        }
        String text = b.toString();

        Extraction x = assertTimeoutPreemptively(HANG, () -> LetterFrames.read(text));

        assertThat(x.letters()).hasSizeGreaterThan(100);
    }

    @Test
    void tenMegabytesOnOneLine() {
        String text = "ภายในวันที่ ๑ มกราคม ๒๕๖๘ ".repeat(400_000);

        Extraction x = assertTimeoutPreemptively(HANG, () -> LetterFrames.read(text));

        assertThat(x.letters()).hasSize(1);
        assertThat(x.letters().get(0).deadlines()).hasSize(1);
    }

    private static String binary(Random r) {
        byte[] bytes = new byte[r.nextInt(4000)];
        r.nextBytes(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String thai(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(5000);
        for (int i = 0; i < n; i++) {
            b.append(THAI.charAt(r.nextInt(THAI.length())));
        }
        return b.toString();
    }

    private static String words(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(400);
        for (int i = 0; i < n; i++) {
            b.append(WORDS[r.nextInt(WORDS.length)]);
            if (r.nextInt(5) == 0) {
                b.append(THAI.charAt(r.nextInt(THAI.length())));
            }
        }
        return b.toString();
    }
}
