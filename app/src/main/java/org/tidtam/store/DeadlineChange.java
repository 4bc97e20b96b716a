package org.tidtam.store;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.tidtam.letter.ChangeKind;

/**
 * A change a later letter makes to an earlier entry's deadline, as the clerk accepted it.
 *
 * @param fromLetter  the later letter
 * @param deadlineId  the earlier entry's open deadline
 * @param kind        POSTPONE/ADVANCE/CHANGE move the day (and time); CANCEL dismisses the deadline
 * @param newDue      the new day (ignored for CANCEL; null keeps the day)
 * @param newTime     the new time (null keeps the time)
 * @param reason      why, in the register's language (the dismissal reason of a CANCEL, the audit note else)
 * @param superseded  the later letter's own open deadlines that repeat the old or new day and are dismissed
 *                    with the same reason, so one meeting gives one reminder
 */
public record DeadlineChange(long fromLetter, long deadlineId, ChangeKind kind, LocalDate newDue, LocalTime newTime,
                             String reason, List<Long> superseded) {
    public DeadlineChange {
        if (kind == null) {
            throw new IllegalArgumentException("a deadline change needs a kind");
        }
        reason = reason == null ? "" : reason.strip();
        superseded = superseded == null ? List.of() : List.copyOf(superseded);
    }
}
