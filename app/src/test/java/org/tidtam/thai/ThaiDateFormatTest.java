package org.tidtam.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiDateFormatTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            2024-12-25, ๒๕ ธันวาคม ๒๕๖๗, 25 ธันวาคม 2567
            2025-01-01, ๑ มกราคม ๒๕๖๘, 1 มกราคม 2568
            2024-02-29, ๒๙ กุมภาพันธ์ ๒๕๖๗, 29 กุมภาพันธ์ 2567
            """)
    void formatsBuddhistEraDates(String iso, String thai, String arabic) {
        assertThat(ThaiDateFormat.format(LocalDate.parse(iso))).isEqualTo(thai);
        assertThat(ThaiDateFormat.formatArabic(LocalDate.parse(iso))).isEqualTo(arabic);
    }
}
