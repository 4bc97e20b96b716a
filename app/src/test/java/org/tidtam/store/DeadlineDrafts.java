package org.tidtam.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.RelativeRule;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;

/** Letters with deadlines, for the deadline store, CLI and dashboard tests. */
public final class DeadlineDrafts {
    private DeadlineDrafts() { }

    public static LetterDraft letter(String subject, LocalDateTime received, String unit, String officer,
                                     Urgency urgency, Deadline... deadlines) {
        return new LetterDraft("ขก 0017.5/ว " + Math.abs(subject.hashCode() % 10000), received.toLocalDate().minusDays(2),
                "สำนักงานจังหวัดขอนแก่น", "นายอำเภอ", subject, urgency, Secrecy.NORMAL, received, "", unit, officer,
                "", "", List.of(deadlines), null, null);
    }

    public static Deadline due(DeadlineKind kind, LocalDate day, String action) {
        return Deadline.manual(kind, day, null, action);
    }

    public static Deadline at(DeadlineKind kind, LocalDate day, LocalTime time, String action) {
        return Deadline.manual(kind, day, time, action);
    }

    /** "ภายใน n วันทำการนับแต่ได้รับหนังสือ", day not yet known. */
    public static Deadline withinWorkingDays(int n) {
        return new Deadline(null, DeadlineKind.REPORT, null, null, null,
                new RelativeRule(n, true, RelativeRule.From.RECEIPT), "รายงานผล", "ภายใน " + n + " วันทำการ", null,
                0.9, null, null, null, null);
    }
}
