package org.tidtam.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;

/** Letters and configurations for tests outside the store package (and for the child processes). */
public final class TestLetters {
    public static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2025, 3, 20, 9, 0).toInstant(ZoneOffset.ofHours(7)),
            AppConfig.ZONE);

    private TestLetters() { }

    public static AppConfig config(Path db, String user) {
        return new AppConfig(db, db.getParent(), CLOCK, Messages.forLanguage("en"), user);
    }

    /** Letter i of a series, with two deadlines (so a torn write would show as one or none). */
    public static LetterDraft numbered(int i) {
        LocalDateTime at = LocalDateTime.of(2025, 3, 10, 9, 30);
        LocalDate day = at.toLocalDate();
        return new LetterDraft("ขก ๐๐๑๗.๕/ว " + i, day.minusDays(2), "สำนักงานจังหวัดขอนแก่น",
                "นายอำเภอเมืองขอนแก่น", "ขอเชิญประชุมคณะกรรมการ ครั้งที่ " + i, Urgency.URGENT, Secrecy.NORMAL, at,
                "งานธุรการ", "", "", "", "ด้วยจังหวัดขอนแก่นกำหนดจัดประชุมคณะกรรมการ ณ ห้องประชุมศาลากลาง ครั้งที่ " + i,
                List.of(Deadline.manual(DeadlineKind.MEETING, day.plusDays(5), LocalTime.of(13, 30), "เข้าร่วมประชุม"),
                        Deadline.manual(DeadlineKind.REPORT, day.plusDays(9), null, "รายงานผล")),
                null, null);
    }
}
