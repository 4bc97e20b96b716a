package org.tidtam.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Messages;

class MonthGridTest {
    @ParameterizedTest(name = "{0}: sheet starts {1}")
    @CsvSource(textBlock = """
            2025-12, 2025-11-30, ธันวาคม 2568
            2026-01, 2025-12-28, มกราคม 2569
            2026-02, 2026-02-01, กุมภาพันธ์ 2569
            2025-04, 2025-03-30, เมษายน 2568
            """)
    void sixWeeksFromTheSundayOnOrBeforeTheFirstUnderABuddhistEraHeader(YearMonth month, LocalDate first, String header) {
        assertThat(MonthGrid.firstCell(month)).isEqualTo(first);
        assertThat(MonthGrid.days(month)).hasSize(42).startsWith(first).contains(month.atEndOfMonth())
                .allSatisfy(d -> assertThat(d).isBetween(first, first.plusDays(41)));
        assertThat(MonthGrid.header(month, Messages.thai())).isEqualTo(header);
    }

    @Test
    void weeksStartOnSundayAsOnThaiGovernmentCalendars() {
        assertThat(MonthGrid.weekdays()).first().isEqualTo(DayOfWeek.SUNDAY);
        assertThat(MonthGrid.weekdays()).last().isEqualTo(DayOfWeek.SATURDAY);
    }

    @Test
    void englishNamesTheMonthAndBothYears() {
        assertThat(MonthGrid.header(YearMonth.of(2026, 1), Messages.english())).isEqualTo("January 2026 (B.E. 2569)");
        assertThat(MonthGrid.dayTitle(LocalDate.of(2026, 1, 20), Messages.thai())).isEqualTo("วันอังคารที่ 20 มกราคม 2569");
    }
}
