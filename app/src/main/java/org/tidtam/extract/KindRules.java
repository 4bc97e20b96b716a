package org.tidtam.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidtam.letter.DeadlineKind;

/**
 * The verbs that give a deadline its kind. At one position the first listed wins, so compound phrases
 * ("ส่งรายชื่อ") stand before their verbs ("ส่ง"). {@link #first} finds the earliest verb in a stretch of
 * text: in "ให้รายงานผลการเบิกจ่าย ภายใน …" that is รายงาน (REPORT), the main verb, not the object เบิกจ่าย.
 */
public final class KindRules {
    public static final List<KindRule> ALL = List.of(
            new KindRule("ReplyForm", "ส่งแบบตอบรับ / ตอบแบบตอบรับ", "(?:ส่ง|ตอบ)?แบบตอบรับ", DeadlineKind.REPLY),
            new KindRule("SendPeople", "ส่งผู้แทนเข้าร่วมประชุม",
                    "ส่ง(?:ผู้แทน|ตัวแทน|เจ้าหน้าที่|บุคลากร|ข้าราชการ|ผู้เกี่ยวข้อง)(?:[^\\s]{0,20}?)เข้า(?:ร่วม|รับ)",
                    DeadlineKind.MEETING),
            new KindRule("SendNames", "แจ้งรายชื่อผู้เข้าร่วม", "(?:ส่ง|แจ้ง|ยืนยัน)(?:รายชื่อ|ชื่อผู้)", DeadlineKind.REPLY),
            new KindRule("NameAttendees", "เสนอชื่อผู้เข้ารับการสัมมนา / แจ้งชื่อผู้เข้าร่วม",
                    "(?:เสนอ|ส่ง|แจ้ง)(?:ราย)?ชื่อ\\s?ผู้(?:แทน)?เข้า(?:ร่วม|รับ)", DeadlineKind.REPLY),
            new KindRule("AnswerForm", "ตอบแบบสำรวจ / ตอบแบบสอบถาม", "ตอบแบบ", DeadlineKind.SUBMIT),
            new KindRule("Confirm", "ยืนยันการเข้าร่วม", "ยืนยัน", DeadlineKind.REPLY),
            new KindRule("Accept", "ตอบรับเข้าร่วมประชุม", "ตอบรับ|ตอบกลับ|แจ้งตอบ", DeadlineKind.REPLY),
            new KindRule("Register", "ลงทะเบียน", "ลงทะเบียน|สมัคร|แจ้งความประสงค์", DeadlineKind.REPLY),
            new KindRule("SendForm", "จัดส่งแบบรายงาน / ส่งแบบสำรวจ (a completed form)",
                    "(?:ส่ง|จัดส่ง|นำส่ง)(?:คืน)?แบบ(?:รายงาน|สำรวจ|ฟอร์ม|ประเมิน|สอบถาม)", DeadlineKind.SUBMIT),
            new KindRule("SendReport", "ส่งรายงานผล", "(?:ส่ง|จัดส่ง|นำส่ง)รายงาน", DeadlineKind.REPORT),
            new KindRule("Disburse", "เบิกจ่ายงบประมาณ", "เบิกจ่าย|เบิกเงิน|ก่อหนี้ผูกพัน", DeadlineKind.DISBURSE),
            new KindRule("Report", "รายงานผลการดำเนินงาน / แจ้งผลการดำเนินการ", "รายงาน|สรุปผล|แจ้งผล",
                    DeadlineKind.REPORT),
            new KindRule("SendData", "แจ้งข้อมูล", "แจ้งข้อมูล", DeadlineKind.SUBMIT),
            new KindRule("Submit", "ส่งเอกสาร / จัดส่งข้อมูล / เสนอโครงการ",
                    "จัดส่ง|นำส่ง|ส่ง(?!เสริม|ผลให้|ผลต่อ|ผลกระทบ)|ยื่น|เสนอ(?:ชื่อ|ขอ|โครงการ|ผลงาน)|กรอก"
                    + "|บันทึกข้อมูล|นำเข้าข้อมูล|อัปโหลด|อัพโหลด|upload|(?<!ที่)แนบ(?!ท้าย|มา)", DeadlineKind.SUBMIT),
            new KindRule("Meeting", "ประชุม / อบรม / สัมมนา / ร่วมพิธี", "ประชุม|อบรม|สัมมนา|ศึกษาดูงาน|workshop"
                    + "|พิธี(?!การ)", DeadlineKind.MEETING));

    /** Words of a meeting, training, seminar or ceremony the recipient attends. */
    static final Pattern MEETING_WORDS = Pattern.compile(
            "ประชุม|อบรม|สัมมนา|ศึกษาดูงาน|workshop|Workshop|พิธี(?!การ)");

    private static final Pattern ANY = buildPattern();

    private KindRules() { }

    /** A verb rule found at an offset. */
    public record Hit(KindRule rule, int start) { }

    /** The earliest verb rule in text[from, to), or null. */
    public static Hit first(CharSequence text, int from, int to) {
        if (from >= to) {
            return null;
        }
        Matcher m = ANY.matcher(text);
        m.region(from, to);
        if (!m.find()) {
            return null;
        }
        for (int g = 1; g <= ALL.size(); g++) {
            if (m.start(g) >= 0) {
                return new Hit(ALL.get(g - 1), m.start());
            }
        }
        return null;
    }

    private static Pattern buildPattern() {
        StringBuilder b = new StringBuilder();
        for (KindRule r : ALL) {
            b.append(b.length() == 0 ? "" : "|").append('(').append(r.regex()).append(')');
        }
        return Pattern.compile(b.toString());
    }
}
