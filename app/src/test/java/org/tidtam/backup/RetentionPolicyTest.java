package org.tidtam.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    /** Days are written as offsets back from 2025-05-15 ("0 1 2" = 15, 14, 13 May). */
    @ParameterizedTest(name = "daily={0} monthly={1}: {2} → delete {3}")
    @CsvSource(delimiter = '|', textBlock = """
            14 | 12 | 0 1 2                      | -
            2  | 0  | 0 1 2 3                    | 2 3
            2  | 1  | 0 1 2 3                    | 2 3
            2  | 2  | 0 1 20 21                  | 21
            1  | 3  | 0 15 16 45 46 75 76 106    | 16 46 75 76 106
            3  | 0  | 0 0 1                      | -
            """)
    void keepsNewestDaysAndNewestOfEachMonth(int daily, int monthly, String have, String deleted) {
        RetentionPolicy policy = new RetentionPolicy(daily, monthly);
        assertThat(policy.delete(days(have))).containsExactlyInAnyOrderElementsOf(days(deleted));
    }

    @Test
    void defaultKeepsFourteenDailyAndTwelveMonthly() {
        LocalDate today = LocalDate.of(2025, 5, 15);
        List<LocalDate> twoYears = IntStream.range(0, 730).mapToObj(today::minusDays).collect(Collectors.toList());
        var kept = RetentionPolicy.DEFAULT.keep(twoYears);
        assertThat(kept).hasSize(14 + 11); // May 2025 is already among the 14 daily
        assertThat(kept).contains(today, today.minusDays(13), LocalDate.of(2024, 6, 30), LocalDate.of(2025, 4, 30))
                .doesNotContain(today.minusDays(14), LocalDate.of(2024, 5, 31));
    }

    @Test
    void refusesKeepingNothing() {
        assertThatThrownBy(() -> new RetentionPolicy(0, 12)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<LocalDate> days(String offsets) {
        LocalDate base = LocalDate.of(2025, 5, 15);
        if (offsets.isBlank() || offsets.strip().equals("-")) {
            return List.of();
        }
        return Arrays.stream(offsets.strip().split("\\s+")).map(o -> base.minusDays(Long.parseLong(o)))
                .collect(Collectors.toList());
    }
}
