package org.tidtam.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Counting working days through Songkran and New Year with the shipped table's substitution days. */
class WorkingDaysTest {
    private final WorkingDays days = new WorkingDays(HolidayCalendar.withShippedTable(new InMemoryHolidayRepository()));

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(textBlock = """
            # received,   n, due,        why
            2025-04-11,   1, 2025-04-17, Songkran Mon-Tue and its substitution Wed 16 are skipped
            2025-04-11,   5, 2025-04-23, five working days after Songkran 2568
            2025-04-12,   1, 2025-04-17, received on a Saturday: counting starts the next day
            2025-04-16,   1, 2025-04-17, received on the substitution day itself
            2024-04-11,   1, 2024-04-17, cabinet day Fri 12; Songkran Sat-Mon; substitution Tue 16
            2024-04-05,   1, 2024-04-09, Chakri Day Sat 6 April and its substitution Mon 8
            2026-04-10,   1, 2026-04-16, Songkran Mon-Wed 2569 has no substitution day
            2027-04-12,   3, 2027-04-20, Songkran Tue-Thu 2570
            2024-12-27,   1, 2025-01-02, cabinet day Mon 30 Dec; 31 Dec; 1 Jan
            2024-12-27,   3, 2025-01-06, across the year and a weekend
            2025-12-30,   1, 2026-01-05, 31 Dec; 1 Jan; cabinet day Fri 2 Jan; weekend
            2026-12-30,   2, 2027-01-05, 31 Dec and 1 Jan on Thu-Fri, then a weekend
            2025-05-08,   1, 2025-05-13, Royal Ploughing Fri 9 May and the Visakha Bucha substitution Mon 12 May
            2025-05-06,   0, 2025-05-06, zero days is the day itself
            """, delimiter = ',', ignoreLeadingAndTrailingWhitespace = true)
    void addsBusinessDays(LocalDate received, int n, LocalDate due, String why) {
        assertThat(days.addBusinessDays(received, n)).as(why).isEqualTo(due);
    }

    @Test
    void weekendsAndShippedHolidaysAreNotWorkingDays() {
        assertThat(days.isWorkingDay(LocalDate.of(2025, 4, 16))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2025, 4, 19))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2025, 4, 17))).isTrue();
    }

    @Test
    void countsWorkingDaysBetween() {
        assertThat(days.businessDaysBetween(LocalDate.of(2025, 4, 11), LocalDate.of(2025, 4, 23))).isEqualTo(5);
        assertThat(days.businessDaysBetween(LocalDate.of(2025, 4, 23), LocalDate.of(2025, 4, 11))).isZero();
    }

    @Test
    void rollsAHolidayToTheNextWorkingDay() {
        assertThat(days.onOrNextWorkingDay(LocalDate.of(2024, 12, 30))).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(days.onOrNextWorkingDay(LocalDate.of(2025, 1, 2))).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> days.addBusinessDays(LocalDate.of(2025, 1, 2), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
