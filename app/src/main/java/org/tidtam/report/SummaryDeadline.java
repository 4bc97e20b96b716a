package org.tidtam.report;

import java.time.LocalDate;
import java.time.LocalTime;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Secrecy;

/**
 * One deadline with the letter it belongs to, as the weekly summary needs it. Deadlines without a day yet
 * (a relative rule not resolved) are not reported, so {@code due} is required.
 *
 * @param action        what must be done, in the clerk's words (may be blank)
 * @param doneOn        the day it was marked done or dismissed, null while open
 */
public record SummaryDeadline(DeadlineKind kind, LocalDate due, LocalTime time, String action,
                              RegistrationNumber regNo, String letterNumber, String letterSubject,
                              Secrecy secrecy, String unit, String officer, DeadlineStatus status,
                              LocalDate doneOn) {
    public SummaryDeadline {
        if (kind == null || due == null) {
            throw new IllegalArgumentException("a reported deadline needs a kind and a day");
        }
        action = Texts.clean(action);
        letterNumber = Texts.clean(letterNumber);
        letterSubject = Texts.clean(letterSubject);
        unit = Texts.clean(unit);
        officer = Texts.clean(officer);
        secrecy = secrecy == null ? Secrecy.NORMAL : secrecy;
        status = status == null ? DeadlineStatus.OPEN : status;
        if (status != DeadlineStatus.OPEN && doneOn == null) {
            throw new IllegalArgumentException("a closed deadline needs the day it was closed");
        }
    }

    public String assignee() { return Texts.assignee(unit, officer); }

    /** Whether it was still open at the end of the given day (closed later counts as open then). */
    public boolean openOn(LocalDate day) {
        return status == DeadlineStatus.OPEN || doneOn.isAfter(day);
    }
}
