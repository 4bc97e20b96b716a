package org.tidtam.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.ChangeKind;
import org.tidtam.thai.ThaiDateFormat;

/** A proposal in one line, as the confirm dialog and the command line show it, dates in พ.ศ. */
public final class ChangeText {
    private ChangeText() { }

    /** "เลื่อน รายการ 2568/1 "ขอเชิญประชุม…": 15 ม.ค. 2568 09:30 → 22 ม.ค. 2568 13:30". */
    public static String line(Messages m, ChangeProposal p) {
        String after = p.kind() == ChangeKind.CANCEL ? m.get("detail.followup.cancelled")
                : when(m, p.dueAfter(), p.timeAfter());
        return m.get("detail.followup.item", m.get("detail.followup.kind." + p.kind().name()),
                p.earlierRegNo().toString(), p.earlierSubject(), when(m, p.old().due(), p.old().time()), after);
    }

    /** "ข้อความในหนังสือ: "…"". */
    public static String evidence(Messages m, ChangeProposal p) { return m.get("detail.followup.evidence", p.evidence()); }

    private static String when(Messages m, LocalDate day, LocalTime time) {
        return (ThaiDateFormat.shortDate(day, m) + " " + ThaiDateFormat.time(time)).strip();
    }
}
