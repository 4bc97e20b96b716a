package org.tidtam.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiDateStyleTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            2024-12-25, 25 ธันวาคม 2567, 25 ธ.ค. 2567, ๒๕ ธันวาคม ๒๕๖๗
            2025-01-01, 1 มกราคม 2568,   1 ม.ค. 2568,  ๑ มกราคม ๒๕๖๘
            2025-05-15, 15 พฤษภาคม 2568, 15 พ.ค. 2568, ๑๕ พฤษภาคม ๒๕๖๘
            2024-02-29, 29 กุมภาพันธ์ 2567, 29 ก.พ. 2567, ๒๙ กุมภาพันธ์ ๒๕๖๗
            """)
    void writesBuddhistEraWithThaiMonths(LocalDate date, String full, String abbreviated, String thaiDigits) {
        assertThat(ThaiDateStyle.FULL.format(date)).isEqualTo(full);
        assertThat(ThaiDateStyle.SHORT.format(date)).isEqualTo(abbreviated);
        assertThat(ThaiDateStyle.FULL.withThaiDigits().format(date)).isEqualTo(thaiDigits);
    }

    @Test
    void writesTheWeekday() {
        LocalDate wednesday = LocalDate.of(2024, 12, 25);
        assertThat(ThaiDateStyle.FULL.formatWithWeekday(wednesday)).isEqualTo("วันพุธที่ 25 ธันวาคม 2567");
        assertThat(ThaiDateStyle.SHORT.formatWithWeekday(wednesday)).isEqualTo("พ. 25 ธ.ค. 2567");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024-12-25, 25 December 2567, 25 Dec 2567, 25 Dec B.E. 2567, 25 ธ.ค. พ.ศ. 2567
            2025-06-15, 15 June 2568,     15 Jun 2568, 15 Jun B.E. 2568, 15 มิ.ย. พ.ศ. 2568
            2024-09-01, 1 September 2567, 1 Sep 2567,  1 Sep B.E. 2567,  1 ก.ย. พ.ศ. 2567
            """)
    void writesEnglishNamesWithTheBuddhistEraYearForTheEnglishWindow(LocalDate date, String full, String abbreviated,
            String withEra, String thaiWithEra) {
        assertThat(ThaiDateStyle.FULL.in(Messages.english()).format(date)).isEqualTo(full);
        assertThat(ThaiDateStyle.SHORT.in(Messages.english()).format(date)).isEqualTo(abbreviated);
        assertThat(ThaiDateStyle.SHORT.withEra().in(Messages.english()).format(date)).isEqualTo(withEra);
        assertThat(ThaiDateStyle.SHORT.withEra().in(Messages.thai()).format(date)).isEqualTo(thaiWithEra);
        assertThat(ThaiDateStyle.SHORT.in(Messages.thai()).format(date)).isEqualTo(ThaiDateStyle.SHORT.format(date));
    }

    @Test
    void englishNeverWritesThaiDigitsOrNames() {
        LocalDate wednesday = LocalDate.of(2024, 12, 25);
        ThaiDateStyle english = ThaiDateStyle.FULL.withThaiDigits().inEnglish(true);
        assertThat(english.format(wednesday)).isEqualTo("25 December 2567");
        assertThat(english.formatWithWeekday(wednesday)).isEqualTo("Wednesday 25 December 2567");
        assertThat(ThaiDateStyle.SHORT.inEnglish(true).formatWithWeekday(wednesday)).isEqualTo("Wed 25 Dec 2567");
        assertThat(ThaiDateFormat.shortDate(wednesday, Messages.english())).isEqualTo("25 Dec 2567");
        assertThat(ThaiDateFormat.longDate(wednesday, Messages.thai())).isEqualTo("25 ธันวาคม 2567");
    }

    @Test
    void writesNothingForNoDate() {
        assertThat(ThaiDateStyle.FULL.format(null)).isEmpty();
    }
}
