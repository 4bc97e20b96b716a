package org.tidtam.cli;

import java.time.LocalDate;
import java.time.LocalTime;
import org.tidtam.letter.Deadline;
import org.tidtam.remind.DeadlineBuckets;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.remind.LetterRef;

/** A deadline as the `deadlines --json` and `remind --json` commands print it. */
record DeadlineJson(long id, String kind, LocalDate due, LocalDate end, LocalTime time, String action,
                    String status, Long daysLeft, String evidence, long letterId, String regNo, String number,
                    String sender, String subject, String urgency, String unit, String officer, String doneNote,
                    LocalDate doneOn, String replyNumber) {

    static DeadlineJson of(DeadlineEntry e, LocalDate today) {
        Deadline d = e.deadline();
        LetterRef l = e.letter();
        Long left = d.due() == null ? null : DeadlineBuckets.place(e, today).daysLeft();
        return new DeadlineJson(e.id(), d.kind().name(), d.due(), d.end(), d.time(), d.action(), d.status().name(),
                left, d.evidence(), l.letterId(), l.regNo().toString(), l.number(), l.sender(), l.subject(),
                l.urgency().name(), l.unit(), l.officer(), d.doneNote(), d.doneOn(), d.replyNumber());
    }
}
