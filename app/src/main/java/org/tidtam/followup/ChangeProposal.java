package org.tidtam.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.tidtam.letter.ChangeKind;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Span;

/**
 * A change a later letter proposes to an earlier entry's deadline, for the clerk to accept or reject.
 *
 * @param laterLetterId   the letter just registered (it refers to the earlier one with อ้างถึง)
 * @param earlierLetterId the earlier entry
 * @param earlierRegNo    its registration number, to show
 * @param earlierSubject  its subject, to show
 * @param old             the earlier entry's open deadline as stored (with its id)
 * @param kind            postpone, bring forward, cancel or another change
 * @param newDue          the new day (null for a cancellation, or a change of place only)
 * @param newTime         the new time, null when the letter gives none (the old time stays)
 * @param evidence        the later letter's words that say it
 * @param span            where they stand in the later letter's stored text
 * @param superseded      the later letter's own open deadlines repeating the old or new day (dismissed on accept)
 */
public record ChangeProposal(long laterLetterId, long earlierLetterId, RegistrationNumber earlierRegNo,
                             String earlierSubject, Deadline old, ChangeKind kind, LocalDate newDue,
                             LocalTime newTime, String evidence, Span span, List<Long> superseded) {
    public ChangeProposal {
        Objects.requireNonNull(old, "old");
        Objects.requireNonNull(kind, "kind");
        if (old.id() == null) {
            throw new IllegalArgumentException("a change proposal needs a stored deadline");
        }
        evidence = evidence == null ? "" : evidence;
        superseded = superseded == null ? List.of() : List.copyOf(superseded);
    }

    public long deadlineId() { return old.id(); }

    /** The day after the change: the new one, or the old one when only the time or place changes. */
    public LocalDate dueAfter() { return kind == ChangeKind.CANCEL ? null : newDue != null ? newDue : old.due(); }

    /** The time after the change. */
    public LocalTime timeAfter() { return kind == ChangeKind.CANCEL ? null : newTime != null ? newTime : old.time(); }
}
