package org.tidtam.letter;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A date by which the recipient must act, as read from a letter (proposed) or as stored (with an id).
 *
 * @param id          database id, null until stored
 * @param kind        what must be done
 * @param due         the day it is due (first day of a PERIOD); null while a relative rule has no day yet
 * @param end         last day of a PERIOD or multi-day event, else null
 * @param time        start time if the letter gives one
 * @param relative    rule for "within N days of receipt", else null
 * @param action      what must be done, in the clerk's words (may be blank)
 * @param evidence    the words of the letter that state it
 * @param span        where the evidence stands in the letter's text, null when typed by hand
 * @param confidence  0..1; below 0.7 the UI asks the clerk to look
 * @param status      open, done or dismissed
 * @param doneNote    note given when marked done or the reason when dismissed
 * @param doneOn      day it was marked done or dismissed
 * @param replyNumber number of the reply letter sent, if any
 */
public record Deadline(Long id, DeadlineKind kind, LocalDate due, LocalDate end, LocalTime time,
                       RelativeRule relative, String action, String evidence, Span span, double confidence,
                       DeadlineStatus status, String doneNote, LocalDate doneOn, String replyNumber) {

    public static final double LOW_CONFIDENCE = 0.7;

    public Deadline {
        if (kind == null) {
            throw new IllegalArgumentException("deadline needs a kind");
        }
        if (due == null && relative == null) {
            throw new IllegalArgumentException("deadline needs a day or a relative rule");
        }
        if (due != null && end != null && end.isBefore(due)) {
            throw new IllegalArgumentException("deadline ends " + end + " before it starts " + due);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        status = status == null ? DeadlineStatus.OPEN : status;
        action = action == null ? "" : action;
        evidence = evidence == null ? "" : evidence;
    }

    /** A proposal as the extractor makes it: not stored, open. */
    public static Deadline proposed(DeadlineKind kind, LocalDate due, LocalDate end, LocalTime time,
                                    RelativeRule relative, String evidence, Span span, double confidence) {
        return new Deadline(null, kind, due, end, time, relative, "", evidence, span, confidence,
                DeadlineStatus.OPEN, null, null, null);
    }

    /** A deadline the clerk types by hand. */
    public static Deadline manual(DeadlineKind kind, LocalDate due, LocalTime time, String action) {
        return new Deadline(null, kind, due, null, time, null, action, "", null, 1.0,
                DeadlineStatus.OPEN, null, null, null);
    }

    public boolean isLowConfidence() { return confidence < LOW_CONFIDENCE; }

    public boolean isOpen() { return status == DeadlineStatus.OPEN; }

    public Deadline withId(long newId) {
        return new Deadline(newId, kind, due, end, time, relative, action, evidence, span, confidence,
                status, doneNote, doneOn, replyNumber);
    }

    public Deadline withDue(LocalDate newDue) {
        return new Deadline(id, kind, newDue, end, time, relative, action, evidence, span, confidence,
                status, doneNote, doneOn, replyNumber);
    }

    public Deadline withStatus(DeadlineStatus newStatus, String note, LocalDate on, String reply) {
        return new Deadline(id, kind, due, end, time, relative, action, evidence, span, confidence,
                newStatus, note, on, reply);
    }
}
