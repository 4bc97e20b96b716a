package org.tidtam.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.remind.Fixtures.clockAt;
import static org.tidtam.remind.Fixtures.entry;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.RelativeRule;
import org.tidtam.letter.Urgency;

class DeadlineBucketsTest {

    @ParameterizedTest(name = "on {0}, due {1} is {2} with {3} days left")
    @CsvSource(textBlock = """
            # today (Wed 30 Apr 2025: the week ends Sun 4 May, across a month boundary)
            2025-04-30, 2025-04-29, OVERDUE,        -1
            2025-04-30, 2025-04-30, TODAY,           0
            2025-04-30, 2025-05-01, THIS_WEEK,       1
            2025-04-30, 2025-05-04, THIS_WEEK,       4
            2025-04-30, 2025-05-05, NEXT_TWO_WEEKS,  5
            2025-04-30, 2025-05-18, NEXT_TWO_WEEKS, 18
            2025-04-30, 2025-05-19, LATER,          19
            # Mon 29 Dec 2025: the week ends Sun 4 Jan 2026, across a year boundary
            2025-12-29, 2025-12-28, OVERDUE,        -1
            2025-12-29, 2025-12-31, THIS_WEEK,       2
            2025-12-29, 2026-01-04, THIS_WEEK,       6
            2025-12-29, 2026-01-05, NEXT_TWO_WEEKS,  7
            2025-12-29, 2026-01-18, NEXT_TWO_WEEKS, 20
            2025-12-29, 2026-01-19, LATER,          21
            2025-12-29, 2024-12-30, OVERDUE,      -364
            # on a Sunday this week is over: tomorrow is already next week
            2025-05-04, 2025-05-05, NEXT_TWO_WEEKS,  1
            2025-05-04, 2025-05-18, NEXT_TWO_WEEKS, 14
            2025-05-04, 2025-05-19, LATER,          15
            """, ignoreLeadingAndTrailingWhitespace = true)
    void placesByDueDay(LocalDate today, String due, Bucket bucket, long daysLeft) {
        BucketedDeadline placed = DeadlineBuckets.place(entry(1, DeadlineKind.REPORT, due, Urgency.NORMAL,
                "2025-04-01T09:00"), today);
        assertThat(placed.bucket()).isEqualTo(bucket);
        assertThat(placed.daysLeft()).isEqualTo(daysLeft);
    }

    @Test
    void aRunningPeriodIsTodayAndAFinishedOneIsOverdue() {
        LocalDateTime received = LocalDateTime.of(2025, 4, 1, 9, 0);
        DeadlineEntry running = entry(1, DeadlineKind.PERIOD, LocalDate.of(2025, 4, 28), LocalDate.of(2025, 5, 2),
                null, Urgency.NORMAL, received);
        DeadlineEntry finished = entry(2, DeadlineKind.PERIOD, LocalDate.of(2025, 4, 20), LocalDate.of(2025, 4, 29),
                null, Urgency.NORMAL, received);

        assertThat(DeadlineBuckets.place(running, LocalDate.of(2025, 4, 30)).bucket()).isEqualTo(Bucket.TODAY);
        assertThat(DeadlineBuckets.place(finished, LocalDate.of(2025, 4, 30)))
                .satisfies(b -> assertThat(b.bucket()).isEqualTo(Bucket.OVERDUE))
                .satisfies(b -> assertThat(b.daysLeft()).isEqualTo(-1));
    }

    @Test
    void classifiesOpenDeadlinesSoonestFirstAndLeavesClosedOnesOut() {
        DeadlineEntry later = entry(1, DeadlineKind.REPORT, "2026-01-02", Urgency.NORMAL, "2025-12-01T09:00");
        DeadlineEntry sooner = entry(2, DeadlineKind.REPLY, "2025-12-31", Urgency.NORMAL, "2025-12-01T09:00");
        DeadlineEntry done = new DeadlineEntry(entry(3, DeadlineKind.SUBMIT, "2025-12-30", Urgency.NORMAL,
                "2025-12-01T09:00").deadline().withStatus(DeadlineStatus.DONE, "", LocalDate.of(2025, 12, 2), null),
                later.letter());
        Deadline relative = Deadline.proposed(DeadlineKind.REPLY, null, null, null,
                new RelativeRule(5, true, RelativeRule.From.RECEIPT), "", null, 1.0).withId(4);
        DeadlineEntry undated = new DeadlineEntry(relative, later.letter());

        Map<Bucket, List<BucketedDeadline>> buckets = DeadlineBuckets.classify(List.of(later, sooner, done, undated),
                clockAt("2025-12-29T09:00"));

        assertThat(buckets).containsOnlyKeys(Bucket.values());
        assertThat(buckets.get(Bucket.THIS_WEEK)).extracting(b -> b.entry().id()).containsExactly(2L, 1L);
        assertThat(buckets.get(Bucket.UNDATED)).extracting(b -> b.entry().id()).containsExactly(4L);
        assertThat(buckets.get(Bucket.OVERDUE)).isEmpty();
    }
}
