package org.tidtam.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tidtam.remind.DeadlineEntry;

/**
 * The stored deadlines with their letters. Marking done or dismissing never deletes: the deadline leaves
 * the open lists and the change is written to its entry's audit log. Failures the user must hear about are
 * TidtamExceptions with keys under "remind.deadline.".
 */
public interface DeadlineStore {

    /** Deadlines matching the query, soonest first (undated last). */
    List<DeadlineEntry> list(DeadlineQuery query);

    /**
     * The dashboard's open deadlines, bounded however many are open: the {@code perSide} most recently
     * overdue and the {@code perSide} soonest from today on (with relative ones), soonest first. A register
     * of a million letters can hold millions of open deadlines; listing them all took a minute and gigabytes.
     */
    default List<DeadlineEntry> openAround(LocalDate today, int perSide) {
        List<DeadlineEntry> open = list(DeadlineQuery.open()); // soonest first: the overdue ones lead
        int split = 0;
        while (split < open.size() && open.get(split).deadline().due() != null
                && open.get(split).deadline().due().isBefore(today)) {
            split++;
        }
        return List.copyOf(open.subList(Math.max(0, split - perSide), Math.min(open.size(), split + perSide)));
    }

    /**
     * How many open deadlines fell due before today, counting stopped at limit + 1 ("more than limit"): the
     * dashboard shows only the most recent of them ({@link #openAround}) and says how many there are. An
     * exact count of 1.8 million takes half a second on a busy PC; the dashboard asks every minute.
     */
    default long countOverdue(LocalDate today, long limit) {
        return Math.min(limit + 1, list(DeadlineQuery.open()).stream()
                .filter(e -> e.deadline().due() != null && e.deadline().due().isBefore(today)).count());
    }

    Optional<DeadlineEntry> get(long deadlineId);

    /** Marks an open deadline done with an optional note and the number of the reply letter sent. */
    DeadlineEntry markDone(long deadlineId, String note, String replyNumber, String user, LocalDate today);

    /** Dismisses an open deadline (not needed, wrongly read); the reason is required. */
    DeadlineEntry dismiss(long deadlineId, String reason, String user, LocalDate today);
}
