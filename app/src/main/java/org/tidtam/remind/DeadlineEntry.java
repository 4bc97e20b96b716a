package org.tidtam.remind;

import java.time.LocalDate;
import org.tidtam.letter.Deadline;

/** A stored deadline with the letter it belongs to: the unit every deadline view works on. */
public record DeadlineEntry(Deadline deadline, LetterRef letter) {
    public DeadlineEntry {
        if (deadline == null || letter == null) {
            throw new IllegalArgumentException("deadline entry needs a deadline and its letter");
        }
    }

    /** The stored deadline's id; entries are built from stored deadlines only. */
    public long id() {
        if (deadline.id() == null) {
            throw new IllegalStateException("deadline of letter " + letter.regNo() + " is not stored");
        }
        return deadline.id();
    }

    /** The last day it covers: the end of a period or multi-day meeting, else the due day (may be null). */
    public LocalDate lastDay() {
        return deadline.end() != null ? deadline.end() : deadline.due();
    }
}
