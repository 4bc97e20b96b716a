package org.tidtam.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidtam.i18n.TidtamException;

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

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            25/12/2567        | 2024-12-25
            ๒๕/๑๒/๒๕๖๗        | 2024-12-25
            1/1/2568          | 2025-01-01
            15.1.2568         | 2025-01-15
            25 ธันวาคม 2567    | 2024-12-25
            ๒๕ ธ.ค. ๒๕๖๗       | 2024-12-25
            29/2/2567         | 2024-02-29
            """)
    void readsBuddhistEraDates(String text, LocalDate expected) {
        assertThat(ThaiDateFormat.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            30/2/2568     | errors.date.invalid
            ๓๐/๐๒/๒๕๖๘    | errors.date.invalid
            25/12/2024    | errors.date.yearRange
            1/1/2701      | errors.date.yearRange
            พรุ่งนี้          | errors.date.invalid
            25 ธันวา 2567  | errors.date.invalid
            """)
    void rejectsImpossibleDatesQuotingTheInput(String text, String key) {
        assertThatThrownBy(() -> ThaiDateFormat.parse(text))
                .isInstanceOfSatisfying(TidtamException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void blankIsNoDate() {
        assertThat(ThaiDateFormat.parse("  ")).isNull();
    }

    @Test
    void formatsWithThaiMonthsAndBuddhistYear() {
        LocalDate d = LocalDate.of(2024, 12, 25);
        assertThat(ThaiDateFormat.longDate(d)).isEqualTo("25 ธันวาคม 2567");
        assertThat(ThaiDateFormat.shortDate(d)).isEqualTo("25 ธ.ค. 2567");
        assertThat(ThaiDateFormat.numeric(d)).isEqualTo("25/12/2567");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            14:30      | 14:30
            ๑๔.๓๐ น.   | 14:30
            9.05       | 09:05
            """)
    void readsTimes(String text, LocalTime expected) {
        assertThat(ThaiDateFormat.parseTime(text)).isEqualTo(expected);
    }

    @Test
    void rejectsImpossibleTimes() {
        assertThatThrownBy(() -> ThaiDateFormat.parseTime("25:00"))
                .isInstanceOfSatisfying(TidtamException.class, e -> assertThat(e.args()).containsExactly("25:00"));
    }
}
