package org.tidtam.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;

/** A week of a provincial office's register (12–18 May 2025 = พ.ศ. 2568), seen on Wednesday 14 May. */
final class Samples {
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final LocalDate TODAY = LocalDate.of(2025, 5, 14);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(BANGKOK).toInstant(), BANGKOK);
    static final String SECRET_SUBJECT = "แผนรักษาความปลอดภัยสถานที่ราชการ";
    static final String FORMULA_SUBJECT = "=HYPERLINK(\"http://x\",\"คลิก\")";

    private Samples() { }

    static SummaryLetter letter(int no, LocalDateTime received, String number, String sender, String subject,
                                Urgency urgency, Secrecy secrecy, String officer, LetterStatus status) {
        return new SummaryLetter(new RegistrationNumber(2568, no), received, number, received.toLocalDate().minusDays(3),
                sender, "ผู้ว่าราชการจังหวัดขอนแก่น", subject, urgency, secrecy, "", "", "กลุ่มงานอำนวยการ",
                officer, status, false);
    }

    static List<SummaryLetter> letters() {
        return List.of(
                letter(120, LocalDateTime.of(2025, 5, 9, 10, 0), "มท ๐๓๒๒/ว ๑๑๑", "กรมการปกครอง",
                        "ก่อนสัปดาห์นี้", Urgency.NORMAL, Secrecy.NORMAL, "นายสมชาย ใจดี", LetterStatus.DONE),
                letter(121, LocalDateTime.of(2025, 5, 12, 9, 15), "มท ๐๘๑๖.๒/ว ๑๒๓๔",
                        "กรมส่งเสริมการปกครองท้องถิ่น", "ขอความร่วมมือสำรวจข้อมูลผู้สูงอายุ ปีงบประมาณ ๒๕๖๘",
                        Urgency.MOST_URGENT, Secrecy.NORMAL, "นางสาวปิยะนุช ศรีสุข", LetterStatus.ASSIGNED),
                letter(122, LocalDateTime.of(2025, 5, 12, 14, 0), "สธ ๐๒๐๑/๕๕๖", "สำนักงานสาธารณสุขจังหวัดขอนแก่น",
                        "การประชุมชี้แจงแนวทางการดำเนินงานควบคุมโรคไข้เลือดออก", Urgency.URGENT, Secrecy.NORMAL,
                        "นายสมชาย ใจดี", LetterStatus.IN_PROGRESS),
                letter(123, LocalDateTime.of(2025, 5, 13, 11, 30), "มท ๐๒๐๘/๗๗", "กรมการปกครอง", SECRET_SUBJECT,
                        Urgency.VERY_URGENT, Secrecy.SECRET, "ปลัดจังหวัด", LetterStatus.RECEIVED),
                letter(124, LocalDateTime.of(2025, 5, 14, 8, 45), "ศธ ๐๔๐๐๕/ว ๙๙", "-สำนักงานศึกษาธิการจังหวัด",
                        FORMULA_SUBJECT, Urgency.NORMAL, Secrecy.NORMAL, "", LetterStatus.RECEIVED),
                letter(125, LocalDateTime.of(2025, 5, 14, 9, 0), "มท ๐๓๒๒/ว ๕๕๘๗๘", "กรมการปกครอง",
                        "การเบิกจ่ายเงินงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ไตรมาสที่ ๓ ให้เป็นไปตามเป้าหมาย",
                        Urgency.NORMAL, Secrecy.NORMAL, "นางสาวปิยะนุช ศรีสุข", LetterStatus.ASSIGNED),
                new SummaryLetter(new RegistrationNumber(2568, 126), LocalDateTime.of(2025, 5, 15, 9, 0), "",
                        null, "ผิดพลาด", "", "ลงซ้ำ", Urgency.NORMAL, Secrecy.NORMAL, "", "ลงทะเบียนซ้ำกับ 125",
                        "", "", LetterStatus.RECEIVED, true));
    }

    static SummaryDeadline deadline(DeadlineKind kind, LocalDate due, LocalTime time, String action, int regNo,
                                    String subject, Secrecy secrecy, DeadlineStatus status, LocalDate doneOn) {
        return new SummaryDeadline(kind, due, time, action, new RegistrationNumber(2568, regNo), "มท ๐๘๑๖.๒/ว " + regNo,
                subject, secrecy, "กลุ่มงานอำนวยการ", "นางสาวปิยะนุช ศรีสุข", status, doneOn);
    }

    static List<SummaryDeadline> deadlines() {
        return List.of(
                deadline(DeadlineKind.REPORT, LocalDate.of(2025, 5, 9), null, "รายงานผลการสำรวจ", 110,
                        "ติดตามผลการดำเนินงานกองทุนหมู่บ้าน", Secrecy.NORMAL, DeadlineStatus.OPEN, null),
                deadline(DeadlineKind.SUBMIT, LocalDate.of(2025, 5, 13), null, "ส่งแบบสำรวจผู้สูงอายุ", 121,
                        "ขอความร่วมมือสำรวจข้อมูลผู้สูงอายุ", Secrecy.NORMAL, DeadlineStatus.DONE, LocalDate.of(2025, 5, 12)),
                deadline(DeadlineKind.MEETING, LocalDate.of(2025, 5, 15), LocalTime.of(13, 30), "เข้าร่วมประชุม ณ ห้องประชุมชั้น ๒",
                        122, "การประชุมชี้แจงแนวทางการดำเนินงานควบคุมโรคไข้เลือดออก", Secrecy.NORMAL,
                        DeadlineStatus.OPEN, null),
                deadline(DeadlineKind.REPLY, LocalDate.of(2025, 5, 16), null, "ยืนยันรายชื่อผู้เข้าร่วม", 123,
                        SECRET_SUBJECT, Secrecy.SECRET, DeadlineStatus.OPEN, null),
                deadline(DeadlineKind.DISBURSE, LocalDate.of(2025, 5, 20), null, "เบิกจ่ายให้ได้ร้อยละ ๗๕", 125,
                        "การเบิกจ่ายเงินงบประมาณ", Secrecy.NORMAL, DeadlineStatus.OPEN, null),
                deadline(DeadlineKind.OTHER, LocalDate.of(2025, 5, 30), null, "ไกลเกินสัปดาห์หน้า", 125,
                        "การเบิกจ่ายเงินงบประมาณ", Secrecy.NORMAL, DeadlineStatus.OPEN, null),
                deadline(DeadlineKind.REPORT, LocalDate.of(2025, 5, 12), null, "รายงานล่าช้าแต่เสร็จแล้ว", 118,
                        "รายงานผลการจัดงานวันสงกรานต์", Secrecy.NORMAL, DeadlineStatus.DONE, LocalDate.of(2025, 5, 14)),
                deadline(DeadlineKind.SUBMIT, LocalDate.of(2025, 5, 14), null, "ยกเลิกแล้ว", 119,
                        "ไม่ต้องส่ง", Secrecy.NORMAL, DeadlineStatus.DISMISSED, LocalDate.of(2025, 5, 13)));
    }

    static WeeklySummary week() {
        return new WeeklySummaryBuilder(SummaryOptions.defaults(), CLOCK).build(TODAY, letters(), deadlines());
    }

    static RegisterPrintout register() {
        return RegisterPrintout.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), letters(),
                SummaryOptions.defaults());
    }
}
