package org.tidtam.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;
import org.tidtam.store.RegisterRow;

/**
 * One entry of the incoming register as the reports need it (the regulation's columns plus routing), so the
 * summary and the printout can be built from any list, not only from the store.
 */
public record SummaryLetter(RegistrationNumber regNo, LocalDateTime receivedAt, String number, LocalDate date,
                            String sender, String recipient, String subject, Urgency urgency, Secrecy secrecy,
                            String action, String remarks, String unit, String officer, LetterStatus status,
                            boolean cancelled) {
    public SummaryLetter {
        if (regNo == null || receivedAt == null) {
            throw new IllegalArgumentException("a register entry needs its number and received time");
        }
        number = Texts.clean(number);
        sender = Texts.clean(sender);
        recipient = Texts.clean(recipient);
        subject = Texts.clean(subject);
        action = Texts.clean(action);
        remarks = Texts.clean(remarks);
        unit = Texts.clean(unit);
        officer = Texts.clean(officer);
        urgency = urgency == null ? Urgency.NORMAL : urgency;
        secrecy = secrecy == null ? Secrecy.NORMAL : secrecy;
        status = status == null ? LetterStatus.RECEIVED : status;
    }

    public static SummaryLetter of(RegisterRow row) {
        return new SummaryLetter(row.regNo(), row.receivedAt(), row.number(), row.date(), row.sender(),
                row.recipient(), row.subject(), row.urgency(), row.secrecy(), row.action(), row.remarks(),
                row.unit(), row.officer(), row.status(), row.cancelled());
    }

    /** "officer (unit)", or whichever of the two is given. */
    public String assignee() { return Texts.assignee(unit, officer); }

    public LocalDate receivedOn() { return receivedAt.toLocalDate(); }
}
