package org.tidtam.followup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.Letter;

/**
 * A realistic pair of letters (a meeting invitation, then a letter referring to it that postpones, brings
 * forward, changes or cancels the meeting), and a register to put them in. Shared with the detail screen test.
 */
public final class FollowUpLetters {
    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    public static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2025, 1, 6, 10, 0).atZone(BANGKOK).toInstant(),
            BANGKOK);
    public static final String FIRST_NUMBER = "ขก ๐๐๑๗/ว ๑๒๓";
    public static final String FIRST_DATE = "๒๐ ธันวาคม ๒๕๖๗";
    private static final String HEAD = "ศาลากลางจังหวัดขอนแก่น\nถนนศูนย์ราชการ ขก ๔๐๐๐๐\n";

    private FollowUpLetters() { }

    /** ขอเชิญประชุม … วันพุธที่ ๑๕ มกราคม ๒๕๖๘ เวลา ๐๙.๓๐ น. */
    public static String invitation() {
        return "ที่ " + FIRST_NUMBER + "\n" + HEAD + FIRST_DATE + "\n"
                + "เรื่อง ขอเชิญประชุมคณะกรรมการพัฒนาจังหวัด\n"
                + "เรียน นายอำเภอเมืองขอนแก่น\n"
                + "ด้วยจังหวัดขอนแก่นกำหนดประชุมคณะกรรมการพัฒนาจังหวัด ครั้งที่ ๑/๒๕๖๘ ในวันพุธที่ ๑๕ มกราคม ๒๕๖๘ "
                + "เวลา ๐๙.๓๐ น. ณ ห้องประชุมศาลากลางจังหวัดขอนแก่น\n"
                + "จึงเรียนมาเพื่อโปรดเข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าว\n"
                + "ขอแสดงความนับถือ\n";
    }

    /** A later letter referring to the invitation (or to refNumber of refDate) whose body says what. */
    public static String later(String number, String subject, String refNumber, String refDate, String body) {
        return "ด่วนที่สุด\nที่ " + number + "\n" + HEAD + "๖ มกราคม ๒๕๖๘\n"
                + "เรื่อง " + subject + "\n"
                + "เรียน นายอำเภอเมืองขอนแก่น\n"
                + (refNumber == null ? "" : "อ้างถึง หนังสือจังหวัดขอนแก่น ที่ " + refNumber + " ลงวันที่ " + refDate + "\n")
                + "ตามที่จังหวัดขอนแก่นได้เชิญท่านเข้าร่วมประชุมคณะกรรมการพัฒนาจังหวัด ในวันพุธที่ ๑๕ มกราคม ๒๕๖๘ "
                + "เวลา ๐๙.๓๐ น. ความละเอียดแจ้งแล้ว นั้น\n"
                + body + "\n"
                + "จึงเรียนมาเพื่อโปรดทราบ\nขอแสดงความนับถือ\n";
    }

    /** ขอเลื่อนการประชุมเป็นวันพุธที่ ๒๒ มกราคม ๒๕๖๘ เวลา ๑๓.๓๐ น. */
    public static String postponement() {
        return later("ขก ๐๐๑๗/ว ๑๔๕", "ขอเลื่อนการประชุมคณะกรรมการพัฒนาจังหวัด", FIRST_NUMBER, FIRST_DATE,
                "เนื่องจากผู้ว่าราชการจังหวัดติดภารกิจเร่งด่วน จึงขอเลื่อนการประชุมเป็นวันพุธที่ ๒๒ มกราคม ๒๕๖๘ "
                        + "เวลา ๑๓.๓๐ น. ณ ห้องประชุมเดิม");
    }

    /** ขอยกเลิกการประชุมดังกล่าว. */
    public static String cancellation() {
        return later("ขก ๐๐๑๗/ว ๑๕๐", "ยกเลิกการประชุมคณะกรรมการพัฒนาจังหวัด", FIRST_NUMBER, FIRST_DATE,
                "บัดนี้ จังหวัดขอนแก่นขอยกเลิกการประชุมดังกล่าว และจะแจ้งกำหนดการใหม่ให้ทราบต่อไป");
    }

    public static Core core(Path dir) {
        return Core.open(new AppConfig(dir.resolve("tidtam.db"), dir, CLOCK, Messages.thai(), "clerk"));
    }

    /** Registers pasted text the way the review screen does (proposal, then the registrar). */
    public static Letter register(Core core, String text) {
        return core.registrar().register(core.proposalService().fromText(text).draft(), null, false);
    }
}
