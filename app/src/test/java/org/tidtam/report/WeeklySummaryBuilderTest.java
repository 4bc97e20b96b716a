package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;

class WeeklySummaryBuilderTest {
    private final WeeklySummary week = Samples.week();

    @ParameterizedTest
    @CsvSource(textBlock = """
            2025-05-12, 2025-05-12
            2025-05-14, 2025-05-12
            2025-05-18, 2025-05-12
            2025-05-19, 2025-05-19
            2024-12-31, 2024-12-30
            """)
    void anyDayChoosesItsMondayToSundayWeek(LocalDate day, LocalDate monday) {
        assertThat(Week.of(day).monday()).isEqualTo(monday);
        assertThat(Week.of(day).sunday()).isEqualTo(monday.plusDays(6));
    }

    @Test
    void listsTheWeeksLettersWithoutCancelledOnes() {
        assertThat(week.letters()).extracting(l -> l.regNo().number()).containsExactly(121, 122, 123, 124, 125);
        assertThat(week.letters().get(0).assignee()).isEqualTo("นางสาวปิยะนุช ศรีสุข (กลุ่มงานอำนวยการ)");
    }

    @Test
    void countsByUrgencyMostUrgentFirstAndBySenderMostFirst() {
        assertThat(week.byUrgency()).extracting(UrgencyCount::urgency, UrgencyCount::count).containsExactly(
                tuple(Urgency.MOST_URGENT, 1), tuple(Urgency.VERY_URGENT, 1), tuple(Urgency.URGENT, 1),
                tuple(Urgency.NORMAL, 2));
        assertThat(week.bySender().get(0)).isEqualTo(new SenderCount("กรมการปกครอง", 2));
        assertThat(week.bySender()).hasSize(4);
    }

    @Test
    void sortsDeadlinesIntoDueSoonOverdueAndDone() {
        assertThat(week.asOf()).isEqualTo(Samples.TODAY);
        assertThat(week.dueSoon()).extracting(DeadlineLine::kind, DeadlineLine::daysLeft).containsExactly(
                tuple(DeadlineKind.MEETING, 1L), tuple(DeadlineKind.REPLY, 2L), tuple(DeadlineKind.DISBURSE, 6L));
        assertThat(week.overdue()).extracting(DeadlineLine::due, DeadlineLine::daysLeft)
                .containsExactly(tuple(LocalDate.of(2025, 5, 9), -5L));
        assertThat(week.done()).extracting(d -> d.regNo().number(), DeadlineLine::daysLeft)
                .containsExactly(tuple(118, -2L), tuple(121, 1L));
    }

    @Test
    void countsLettersAndDeadlinesPerDay() {
        assertThat(week.perDay()).extracting(DayCount::received).containsExactly(2, 1, 2, 0, 0, 0, 0);
        assertThat(week.perDay()).extracting(DayCount::due).containsExactly(1, 1, 0, 1, 1, 0, 0);
    }

    @Test
    void hidesClassifiedSubjectsUnlessAsked() {
        LetterLine secret = week.letters().get(2);
        assertThat(secret.subject()).isEqualTo("ลับมาก");
        assertThat(week.dueSoon().get(1).letterSubject()).isEqualTo("ลับมาก");
        assertThat(week.dueSoon().get(1).what()).isEqualTo("ลับมาก");

        WeeklySummary open = new WeeklySummaryBuilder(SummaryOptions.defaults().withSecretSubjects(true),
                Samples.CLOCK).build(Samples.TODAY, Samples.letters(), Samples.deadlines());
        assertThat(open.letters().get(2).subject()).isEqualTo(Samples.SECRET_SUBJECT);
    }

    @Test
    void aPastWeekIsSeenAsOfItsSundayCountingLaterClosedDeadlinesAsOpen() {
        Clock later = Clock.offset(Samples.CLOCK, java.time.Duration.ofDays(30));
        SummaryDeadline closedLater = Samples.deadline(DeadlineKind.REPORT, LocalDate.of(2025, 5, 13), null, "ส่งช้า",
                130, "เรื่องทดสอบ", Secrecy.NORMAL, DeadlineStatus.DONE, LocalDate.of(2025, 5, 25));
        WeeklySummary past = new WeeklySummaryBuilder(SummaryOptions.defaults(), later)
                .build(LocalDate.of(2025, 5, 12), List.of(), List.of(closedLater));
        assertThat(past.asOf()).isEqualTo(LocalDate.of(2025, 5, 18));
        assertThat(past.overdue()).extracting(DeadlineLine::daysLeft).containsExactly(-5L);
        assertThat(past.done()).isEmpty();
    }

    @Test
    void anEmptyWeekStillHasSevenDaysAndZeroCounts() {
        WeeklySummary empty = new WeeklySummaryBuilder(null, Samples.CLOCK).build(Samples.TODAY, List.of(), List.of());
        assertThat(empty.perDay()).hasSize(7);
        assertThat(empty.byUrgency()).allMatch(c -> c.count() == 0);
        assertThat(empty.letters()).isEmpty();
    }
}
