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

    Optional<DeadlineEntry> get(long deadlineId);

    /** Marks an open deadline done with an optional note and the number of the reply letter sent. */
    DeadlineEntry markDone(long deadlineId, String note, String replyNumber, String user, LocalDate today);

    /** Dismisses an open deadline (not needed, wrongly read); the reason is required. */
    DeadlineEntry dismiss(long deadlineId, String reason, String user, LocalDate today);
}
