package org.tidtam.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.RelativeRule;

class DueDateResolverTest {
    private final HolidayCalendar holidays = HolidayCalendar.withShippedTable(new InMemoryHolidayRepository());
    private final DueDateResolver resolver = new DueDateResolver(new WorkingDays(holidays));

    @ParameterizedTest(name = "{1} {2} days from {0} = {3}")
    @CsvSource(textBlock = """
            # received,  days, business, due
            2025-04-11,  5,    true,     2025-04-23
            2025-04-09,  7,    false,    2025-04-17
            2024-12-24,  7,    false,    2025-01-02
            2025-05-01,  3,    false,    2025-05-06
            2025-05-06,  15,   false,    2025-05-21
            """, ignoreLeadingAndTrailingWhitespace = true)
    void countsFromReceipt(LocalDate received, int days, boolean business, LocalDate due) {
        assertThat(resolver.resolve(new RelativeRule(days, business, RelativeRule.From.RECEIPT), received, null))
                .contains(due);
    }

    @Test
    void calendarDaysCanBeLeftOnAHoliday() {
        DueDateResolver strict = new DueDateResolver(new WorkingDays(holidays), false);
        assertThat(strict.resolve(new RelativeRule(7, false, RelativeRule.From.RECEIPT), LocalDate.of(2024, 12, 24), null))
                .contains(LocalDate.of(2024, 12, 31));
    }

    @Test
    void countsFromTheLetterDateWhenTheRuleSaysSo() {
        RelativeRule rule = new RelativeRule(3, true, RelativeRule.From.LETTER_DATE);
        assertThat(resolver.resolve(rule, LocalDate.of(2025, 4, 20), LocalDate.of(2025, 4, 10)))
                .contains(LocalDate.of(2025, 4, 18));
        assertThat(resolver.resolve(rule, LocalDate.of(2025, 4, 20), null)).isEmpty();
    }

    @Test
    void appliesTheRuleToADeadlineAndLeavesFixedDaysAlone() {
        Deadline relative = Deadline.proposed(DeadlineKind.REPLY, null, null, null,
                new RelativeRule(5, true, RelativeRule.From.RECEIPT), "ภายใน ๕ วันทำการ นับแต่ได้รับหนังสือ", null, 0.9);
        Deadline fixed = Deadline.manual(DeadlineKind.REPORT, LocalDate.of(2025, 5, 1), null, "");

        assertThat(resolver.apply(relative, LocalDate.of(2025, 4, 11), null).due()).isEqualTo(LocalDate.of(2025, 4, 23));
        assertThat(resolver.apply(fixed, LocalDate.of(2025, 4, 11), null)).isSameAs(fixed);
        assertThat(resolver.apply(relative, null, null)).isSameAs(relative);
    }

    @Test
    void theDueDayMovesWhenTheCabinetDeclaresAHoliday() {
        RelativeRule rule = new RelativeRule(5, true, RelativeRule.From.RECEIPT);
        LocalDate received = LocalDate.of(2026, 4, 9);
        LocalDate before = resolver.resolve(rule, received, null).orElseThrow();

        holidays.add(LocalDate.of(2026, 4, 16), "วันหยุดราชการเพิ่มเป็นกรณีพิเศษ", HolidayKind.SPECIAL);

        assertThat(before).isEqualTo(LocalDate.of(2026, 4, 21));
        assertThat(resolver.resolve(rule, received, null)).contains(LocalDate.of(2026, 4, 22));
    }

    @Test
    void recomputeReturnsOnlyTheOpenRelativeDeadlinesWhoseDayMoved() {
        RelativeRule rule = new RelativeRule(5, true, RelativeRule.From.RECEIPT);
        DeadlineEntry fixed = Fixtures.entry(1, DeadlineKind.REPORT, "2026-04-20", org.tidtam.letter.Urgency.NORMAL,
                "2026-04-09T10:00");
        DeadlineEntry relative = new DeadlineEntry(Deadline.proposed(DeadlineKind.REPLY, LocalDate.of(2026, 4, 21),
                null, null, rule, "ภายใน ๕ วันทำการ", null, 1.0).withId(2), fixed.letter());
        List<DeadlineEntry> entries = List.of(fixed, relative);
        assertThat(resolver.recompute(entries)).isEmpty();

        holidays.add(LocalDate.of(2026, 4, 16), "วันหยุดราชการเพิ่มเป็นกรณีพิเศษ", HolidayKind.SPECIAL);

        assertThat(resolver.recompute(entries)).singleElement()
                .satisfies(e -> assertThat(e.id()).isEqualTo(2L))
                .satisfies(e -> assertThat(e.deadline().due()).isEqualTo(LocalDate.of(2026, 4, 22)));
    }
}
