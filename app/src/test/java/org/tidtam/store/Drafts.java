package org.tidtam.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;

/** Letters for tests. */
final class Drafts {
    private Drafts() { }

    static LetterDraft received(LocalDateTime at) {
        return new LetterDraft("ขก ๐๐๑๗.๕/ว ๑๓๕๗๖", at.toLocalDate().minusDays(2), "สำนักงานจังหวัดขอนแก่น",
                "นายอำเภอเมืองขอนแก่น", "ขอเชิญประชุมคณะกรรมการบริหารงานจังหวัด", Urgency.URGENT, Secrecy.NORMAL, at,
                "งานธุรการ", "", "", "", "ด้วยจังหวัดขอนแก่นกำหนดจัดประชุมคณะกรรมการ ณ ห้องประชุมศาลากลาง",
                List.of(Deadline.manual(DeadlineKind.MEETING, at.toLocalDate().plusDays(5), LocalTime.of(13, 30),
                        "เข้าร่วมประชุม")), null, null);
    }

    static LetterDraft sample() { return received(LocalDateTime.of(2025, 3, 10, 9, 30)); }

    static LetterDraft on(LocalDate day) { return received(day.atTime(9, 0)); }
}
