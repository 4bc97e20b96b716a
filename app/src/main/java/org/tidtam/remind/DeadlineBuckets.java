package org.tidtam.remind;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sorts open deadlines into the dashboard's buckets as of the clock's day. Done and dismissed deadlines
 * are left out. Within a bucket the soonest comes first.
 */
public final class DeadlineBuckets {
    private static final Comparator<BucketedDeadline> SOONEST = Comparator
            .comparingLong(BucketedDeadline::daysLeft)
            .thenComparing(b -> b.entry().deadline().time(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(b -> b.entry().letter().regNo());

    private DeadlineBuckets() { }

    /** Each bucket's deadlines; every bucket is present, maybe empty. */
    public static Map<Bucket, List<BucketedDeadline>> classify(Collection<DeadlineEntry> entries, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Map<Bucket, List<BucketedDeadline>> out = new EnumMap<>(Bucket.class);
        for (Bucket b : Bucket.values()) {
            out.put(b, List.of());
        }
        out.putAll(entries.stream().filter(e -> e.deadline().isOpen()).map(e -> place(e, today))
                .sorted(SOONEST)
                .collect(Collectors.groupingBy(BucketedDeadline::bucket, Collectors.toUnmodifiableList())));
        return out;
    }

    /** Where one deadline goes on {@code today}. */
    public static BucketedDeadline place(DeadlineEntry entry, LocalDate today) {
        LocalDate due = entry.deadline().due();
        if (due == null) {
            return new BucketedDeadline(entry, Bucket.UNDATED, 0);
        }
        LocalDate last = entry.lastDay();
        if (last.isBefore(today)) {
            return new BucketedDeadline(entry, Bucket.OVERDUE, DAYS.between(today, last));
        }
        if (!due.isAfter(today)) {
            return new BucketedDeadline(entry, Bucket.TODAY, 0);
        }
        return new BucketedDeadline(entry, bucketAhead(due, today), DAYS.between(today, due));
    }

    private static Bucket bucketAhead(LocalDate due, LocalDate today) {
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        if (!due.isAfter(sunday)) {
            return Bucket.THIS_WEEK;
        }
        return due.isAfter(sunday.plusWeeks(2)) ? Bucket.LATER : Bucket.NEXT_TWO_WEEKS;
    }
}
