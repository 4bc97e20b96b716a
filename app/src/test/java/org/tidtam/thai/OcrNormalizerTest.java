package org.tidtam.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrNormalizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ทํารายงาน             | ทำรายงาน
            น\u0E4D\u0E49\u0E32   | น\u0E49\u0E33
            ๖281                  | 6281
            ๒๕๖๘                  | 2568
            เลขท\u0E48\u0E35      | เลขท\u0E35\u0E48
            “จังหวัดคุณธรรม”      | "จังหวัดคุณธรรม"
            ๑๓.๓๐ – ๑๕.๐๐ น.      | 13.30 - 15.00 น.
            a<p>b</p>c            | a b c
            ก\u200Bข              | กข
            """)
    void cleansOcrNoise(String in, String out) {
        assertThat(OcrNormalizer.normalize(in).text()).isEqualTo(out);
    }

    @Test
    void mapsEveryCleanCharacterBackToTheOriginal() {
        String original = "ที่ ขก ๐๐๑๗/ว<br/> ทํา ๑๕ ก.ค.";
        NormalizedText n = OcrNormalizer.normalize(original);

        int at = n.text().indexOf("15");
        assertThat(original.substring(n.original(at), n.originalEnd(at + 2))).isEqualTo("๑๕");
        int am = n.text().indexOf("ทำ");
        assertThat(original.substring(n.original(am), n.originalEnd(am + 2))).isEqualTo("ทํา");
        assertThat(n.offsets()).hasSize(n.text().length() + 1);
    }

    @Test
    void keepsEmptyAndNullSafe() {
        assertThat(OcrNormalizer.normalize("").text()).isEmpty();
        assertThat(OcrNormalizer.normalize(null).text()).isEmpty();
        assertThat(OcrNormalizer.normalize("<").text()).isEqualTo("<");
    }
}
