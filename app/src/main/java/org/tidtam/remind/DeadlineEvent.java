package org.tidtam.remind;

import java.time.LocalDate;
import java.time.LocalTime;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Urgency;

/**
 * One open deadline as a calendar event.
 *
 * @param deadlineId   stored id; makes the UID "deadline-&lt;id&gt;@tidtam"
 * @param regNo        เลขทะเบียนรับ of the letter
 * @param letterNumber the letter's number (ที่ …), may be blank
 * @param subject      เรื่อง
 * @param kind         what must be done
 * @param due          the day (first day of a period)
 * @param end          last day of a period or multi-day meeting, else null
 * @param time         start time, else null (then the event lasts the whole day)
 * @param evidence     the words of the letter that state the deadline
 * @param urgency      the letter's urgency
 */
public record DeadlineEvent(long deadlineId, RegistrationNumber regNo, String letterNumber, String subject,
                            DeadlineKind kind, LocalDate due, LocalDate end, LocalTime time, String evidence,
                            Urgency urgency) {
    public DeadlineEvent {
        if (kind == null || due == null) {
            throw new IllegalArgumentException("calendar event of deadline " + deadlineId + " needs a kind and a day");
        }
        if (end != null && end.isBefore(due)) {
            throw new IllegalArgumentException("deadline " + deadlineId + " ends " + end + " before " + due);
        }
        letterNumber = letterNumber == null ? "" : letterNumber.strip();
        subject = subject == null ? "" : subject.strip();
        evidence = evidence == null ? "" : evidence.strip();
        urgency = urgency == null ? Urgency.NORMAL : urgency;
    }

    /** The event of a dated deadline entry. */
    public static DeadlineEvent of(DeadlineEntry entry) {
        var d = entry.deadline();
        var l = entry.letter();
        return new DeadlineEvent(entry.id(), l.regNo(), l.number(), l.subject(), d.kind(), d.due(), d.end(),
                d.time(), d.evidence(), l.urgency());
    }

    /** Timed (in Asia/Bangkok) when it has a time and lasts one day; otherwise all-day. */
    public boolean isTimed() { return time != null && (end == null || end.equals(due)); }

    public String uid() { return "deadline-" + deadlineId + "@tidtam"; }
}
