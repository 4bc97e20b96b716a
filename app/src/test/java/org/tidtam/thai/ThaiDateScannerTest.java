package org.tidtam.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date forms of GUIDE §1, phrase → first and last day. The reference day (a letter's date) is 2025-01-10. */
class ThaiDateScannerTest {
    private static final LocalDate REF = LocalDate.of(2025, 1, 10);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ๒๕ ธันวาคม ๒๕๖๗                   | 2024-12-25 | -          | DAY_MONTH_YEAR
            วันพุธที่ ๒๕ ธันวาคม ๒๕๖๗          | 2024-12-25 | -          | DAY_MONTH_YEAR
            ๒๕ ธ.ค. ๖๗                        | 2024-12-25 | -          | DAY_MONTH_YEAR
            ๒๕ ธ.ค.๖๗                         | 2024-12-25 | -          | DAY_MONTH_YEAR
            25 ธค 2567                        | 2024-12-25 | -          | DAY_MONTH_YEAR
            ๑ กุมภาพันธ ๒๕๖๘                  | 2025-02-01 | -          | DAY_MONTH_YEAR
            ๒๕/๑๒/๒๕๖๗                        | 2024-12-25 | -          | NUMERIC
            ๑๕.๑.๒๕๖๘                         | 2025-01-15 | -          | NUMERIC
            15/01/68                          | 2025-01-15 | -          | NUMERIC
            ๑๕ มกราคม ค.ศ. ๒๐๒๕               | 2025-01-15 | -          | DAY_MONTH_YEAR
            ๑๕ มกราคม 2025                    | 2025-01-15 | -          | DAY_MONTH_YEAR
            ๖ พฤศจิกายน พ.ศ. ๒๕๖๗             | 2024-11-06 | -          | DAY_MONTH_YEAR
            ๒๐ ธันวาคม นี้                     | 2025-12-20 | -          | DAY_MONTH
            ๕ มกราคม                          | 2026-01-05 | -          | DAY_MONTH
            ๑๐ มกราคม                         | 2025-01-10 | -          | DAY_MONTH
            ๑๗ - ๑๙ มีนาคม ๒๕๖๘               | 2025-03-17 | 2025-03-19 | DAY_RANGE
            วันที่ ๑ ถึงวันที่ ๕ มีนาคม ๒๕๖๘     | 2025-03-01 | 2025-03-05 | DAY_RANGE
            ๓๐ มีนาคม - ๒ เมษายน ๒๕๖๘          | 2025-03-30 | 2025-04-02 | DATE_RANGE
            ๒๘ ธันวาคม ๒๕๖๗ - ๓ มกราคม ๒๕๖๘    | 2024-12-28 | 2025-01-03 | DATE_RANGE
            ๓๐ ธันวาคม - ๒ มกราคม ๒๕๖๘         | 2024-12-30 | 2025-01-02 | DATE_RANGE
            เดือนมีนาคม ๒๕๖๘                   | 2025-03-01 | 2025-03-31 | MONTH
            เดือนพฤษภาคม - กรกฎาคม ๒๕๕๘        | 2015-05-01 | 2015-07-31 | MONTH_RANGE
            เดือน ก.พ. ๖๘                      | 2025-02-01 | 2025-02-28 | MONTH
            """)
    void readsEveryForm(String phrase, LocalDate first, LocalDate last, DateForm form) {
        List<DateMatch> found = ThaiDateScanner.scan(OcrNormalizer.normalize(phrase).text());

        assertThat(found).hasSize(1);
        DateMatch d = found.get(0);
        ResolvedDate r = d.resolve(REF);
        assertThat(d.form()).isEqualTo(form);
        assertThat(r.first()).isEqualTo(first);
        assertThat(r.last()).isEqualTo(last);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            คำสั่งที่ ๑๕๕๔๔/๒๕๖๗
            โทร ๐ ๔๓๒๓ ๘๐๐๑
            ขก ๔๐๐๐๐
            ปีงบประมาณ พ.ศ. ๒๕๖๘
            ข้อ ๓.๑.๒ การเก็บข้อมูล
            ที่ มท ๐๓๒๒/ว ๕๕๘๗๘
            Passcode : 251267
            ตามมติ ก.ค.ศ. ๑๒ ครั้ง
            """)
    void findsNoDateIn(String phrase) {
        assertThat(ThaiDateScanner.scan(OcrNormalizer.normalize(phrase).text())).isEmpty();
    }

    @Test
    void keepsTheWeekdayToCheckTheDate() {
        DateMatch d = ThaiDateScanner.scan(OcrNormalizer.normalize("วันจันทร์ที่ ๑๔ กุมภาพันธ์ ๒๕๖๘").text()).get(0);

        assertThat(d.weekday()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(d.weekdayDisagrees(d.resolve(REF))).isTrue();
        assertThat(d.start()).isZero();
    }

    @Test
    void aDayThatDoesNotExistResolvesToNothing() {
        DateMatch d = ThaiDateScanner.scan("30 ก.พ. 2568").get(0);

        assertThat(d.resolve(REF)).isNull();
    }

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({"2568,4,false,2025", "68,2,false,2025", "2025,4,true,2025", "2025,4,false,2025", "25,2,true,2025",
            "1234,4,false,0", "5,1,false,0"})
    void buddhistEra(int written, int digits, boolean christian, int expected) {
        assertThat(BuddhistEra.toChristian(written, digits, christian)).isEqualTo(expected);
    }
}
