package org.tidtam.remind;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Urgency;

/** Small builders shared by the remind tests. */
final class Fixtures {
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private Fixtures() { }

    static Clock clockAt(String localDateTime) {
        return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(BANGKOK).toInstant(), BANGKOK);
    }

    static DeadlineEntry entry(long id, DeadlineKind kind, String due, Urgency urgency, String receivedAt) {
        return entry(id, kind, LocalDate.parse(due), null, null, urgency, LocalDateTime.parse(receivedAt));
    }

    static DeadlineEntry entry(long id, DeadlineKind kind, LocalDate due, LocalDate end, LocalTime time,
                               Urgency urgency, LocalDateTime receivedAt) {
        Deadline d = new Deadline(id, kind, due, end, time, null, "", "ภายในวันที่ " + due, null, 1.0,
                DeadlineStatus.OPEN, null, null, null);
        LetterRef letter = new LetterRef(100 + id, new RegistrationNumber(2568, (int) id), "มท 0322/ว " + id,
                "กรมการปกครอง", "เรื่องทดสอบ " + id, null, urgency, receivedAt, "", "");
        return new DeadlineEntry(d, letter);
    }
}
