package org.tidtam.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidtam.letter.Span;

/**
 * The words of a later letter that change an earlier meeting or deadline, in the order they stand:
 * <ul>
 *   <li>MOVE: "ขอเลื่อนการประชุมเป็นวันที่ …", "เปลี่ยนแปลงวัน เวลา …" (a new day follows; whether it is
 *       later or earlier decides postpone or bring forward). Not "เลื่อนขั้นเงินเดือน / ระดับ / ตำแหน่ง".</li>
 *   <li>CANCEL: "ยกเลิกการประชุม", "งดการประชุม", "งดจัดอบรม".</li>
 *   <li>PLACE: "เปลี่ยนแปลงสถานที่ประชุม" (no new day: the same meeting elsewhere).</li>
 * </ul>
 */
final class ChangeWording {
    enum Cue { MOVE, CANCEL, PLACE }

    record Found(Cue cue, Span span, boolean aboutMeeting) { }

    private static final Pattern PLACE = Pattern.compile("เปลี่ยน(?:แปลง)?\\s?สถานที่");
    private static final Pattern MOVE = Pattern.compile(
            "เลื่อน(?!ขั้น|ระดับ|ตำแหน่ง|ชั้น|ยศ|ไหล)|เปลี่ยน(?:แปลง)?\\s?(?:วัน|กำหนด|เวลา)");
    private static final Pattern CANCEL = Pattern.compile(
            "(?:ยกเลิก|งด)(?:การ)?\\s?(?:จัด(?:การ)?\\s?)?(?:ประชุม|อบรม|สัมมนา|กำหนด|โครงการ|กิจกรรม|ส่ง|รายงาน)");
    private static final Pattern MEETING = Pattern.compile("ประชุม|อบรม|สัมมนา");
    private static final int CLAUSE = 60;

    private ChangeWording() { }

    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        add(out, text, PLACE, Cue.PLACE);
        add(out, text, MOVE, Cue.MOVE);
        add(out, text, CANCEL, Cue.CANCEL);
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    private static void add(List<Found> out, String text, Pattern p, Cue cue) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (out.stream().noneMatch(f -> f.span().start() <= m.start() && m.start() < f.span().end())) {
                int end = clauseEnd(text, m.end());
                boolean meeting = MEETING.matcher(text.substring(m.start(), end)).find();
                out.add(new Found(cue, new Span(m.start(), end), meeting));
            }
        }
    }

    /** The cue's clause: up to the line's end, at most {@link #CLAUSE} characters on. */
    static int clauseEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        int lineEnd = nl < 0 ? text.length() : nl;
        return Math.min(lineEnd, from + CLAUSE);
    }
}
