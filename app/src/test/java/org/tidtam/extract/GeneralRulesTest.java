package org.tidtam.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.RelativeRule;

/**
 * The rules added for letters unlike the development set, one row per form; the letter is dated 2025-01-10.
 * Each row names the rule it exercises.
 */
class GeneralRulesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            TimedOnward   | ขอเชิญประชุมในวันอังคารที่ ๑๘ กุมภาพันธ์ ๒๕๖๘ ตั้งแต่เวลา ๐๙.๓๐ น. เป็นต้นไป ณ หอประชุมอำเภอ | 2025-02-18 | - | MEETING | 09:30
            WrappedDay    | ขอให้รายงานผลการดำเนินการ ภายในวันที่\\n28 มี.ค. 68 พร้อมสำเนาแจ้งจังหวัด          | 2025-03-28 | - | REPORT  | -
            WrappedRange  | จัดฝึกอบรม ระหว่างวันที่\\n๓๑ มีนาคม – ๒ เมษายน ๒๕๖๘ ณ ศูนย์ศึกษา                | 2025-03-31 | 2025-04-02 | MEETING | -
            SplitMonth    | ขอให้ส่งเอกสารหลักฐาน ภาย ในวันที่ ๒๘ มีนา คม ๒๕๖๘                                 | 2025-03-28 | - | SUBMIT  | -
            SplitMonth    | ขอให้ส่งเอกสาร ภายในวันที่ ๓๐ เมษา ยน ๒๕๖๘                                          | 2025-04-30 | - | SUBMIT  | -
            ReplyForm     | และขอให้หน่วยงานตอบแบบตอบรับ ภายในวันศุกร์ที่ ๑๔ มีนาคม ๒๕๖๘                       | 2025-03-14 | - | REPLY   | -
            SendPeople    | จึงขอเชิญส่งผู้แทนเข้าร่วมประชุม และตอบแบบตอบรับภายในวันที่ ๑๔ มีนาคม ๒๕๖๘         | 2025-03-14 | - | REPLY   | -
            SendForm      | จึงขอให้จัดส่งแบบรายงานดังกล่าวให้อำเภอ ภายในวันศุกร์ที่ ๓๑ มกราคม ๒๕๖๘            | 2025-01-31 | - | SUBMIT  | -
            SendForm      | ขอให้ส่งคืนแบบประเมินภายใน ๑๔/๐๓/๒๕๖๘                                              | 2025-03-14 | - | SUBMIT  | -
            SendReport    | ขอให้ส่งรายงานผลการดำเนินงานภายในวันที่ ๑๕ มีนาคม ๒๕๖๘                            | 2025-03-15 | - | REPORT  | -
            NameAttendees | จึงขอให้เสนอชื่อผู้เข้ารับการสัมมนา จังหวัดละ ๒ คน ภายในวันที่ ๑๖ พ.ค. ๖๘           | 2025-05-16 | - | REPLY   | -
            MeetingObject | ขอให้คัดเลือกศึกษานิเทศก์เข้ารับการอบรม และส่งแบบตอบรับ ภายในวันที่ 31 มกราคม 2568 | 2025-01-31 | - | REPLY   | -
            MeetingObject | ขอให้แจ้งผู้เข้าร่วมสัมมนา และยืนยันการเข้าร่วมภายในวันที่ ๔ มี.ค. ๖๘              | 2025-03-04 | - | REPLY   | -
            MeetingObject | ขอให้ข้าราชการที่ประสงค์จะเข้ารับการฝึกอบรม ลงทะเบียนผ่านระบบ ภายในวันที่ ๒๐ มิถุนายน ๒๕๖๘ | 2025-06-20 | - | REPLY | -
            MeetingAlone  | ขอให้จัดประชุมคณะทำงานให้แล้วเสร็จภายในวันที่ ๒๐ มีนาคม ๒๕๖๘                      | 2025-03-20 | - | MEETING | -
            Ceremony      | จึงขอเชิญร่วมพิธีทำบุญตักบาตร ในวันศุกร์ที่ ๒๘ กุมภาพันธ์ ๒๕๖๘ เวลา ๐๖.๓๐ น. ณ หน้าที่ว่าการอำเภอ | 2025-02-28 | - | MEETING | 06:30
            PleaseRequest | แบบตอบรับ ชื่อผู้เข้าร่วมประชุม ........ กรุณาส่งแบบตอบรับภายในวันที่ ๑๔ มีนาคม ๒๕๖๘ | 2025-03-14 | - | REPLY   | -
            LostToneMark  | ขอให้ส่งผลงานเข้าประกวด ภายในวันที ๓๐ เมษายน ๒๕๖๘                                  | 2025-04-30 | - | SUBMIT  | -
            GluedRequest  | จังหวัดนครราชสีมาจึงขอให้ส่วนราชการแจ้งรายชื่อผู้แทน ให้กลุ่มงานยุทธศาสตร์ ภายในวันที่ ๗ มีนาคม ๒๕๖๘ | 2025-03-07 | - | REPLY | -
            InlineAsOf    | และส่งรายงานงบทดลอง ณ วันที่ ๓๐ มิถุนายน ๒๕๖๘ ภายในวันที่ ๔ ก.ค. ๒๕๖๘                 | 2025-07-04 | - | REPORT  | -
            AttachedIsNoVerb | ขอให้ตรวจสอบรายชื่อตามบัญชีที่แนบ และยืนยันข้อมูลภายในวันที่ ๒๐ มกราคม ๒๕๖๘      | 2025-01-20 | - | REPLY   | -
            """)
    void oneDeadline(String rule, String phrase, LocalDate due, LocalDate end, DeadlineKind kind, LocalTime time) {
        List<Deadline> found = deadlines(phrase.replace("\\n", "\n"));

        assertThat(found).as(rule).hasSize(1);
        Deadline d = found.get(0);
        assertThat(d.due()).as(rule + " due").isEqualTo(due);
        assertThat(d.end()).as(rule + " end").isEqualTo(end);
        assertThat(d.kind()).as(rule + " kind").isEqualTo(kind);
        assertThat(d.time()).as(rule + " time").isEqualTo(time);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            WithinMonths   | ให้แต่งตั้งคณะทำงานให้แล้วเสร็จภายใน ๑ เดือน นับแต่วันที่ได้รับหนังสือนี้ | 30 | false | RECEIPT | OTHER
            WithinWeeks    | ขอให้รายงานผลภายใน ๒ สัปดาห์ นับแต่ได้รับหนังสือ                        | 14 | false | RECEIPT | REPORT
            AfterReceipt   | ขอให้ยืนยันข้อมูลภายใน ๕ วัน หลังจากได้รับหนังสือนี้                      | 5  | false | RECEIPT | REPLY
            InTheLetter    | ขอให้ส่งคำขอภายใน ๑๕ วัน นับจากวันที่ในหนังสือนี้                       | 15 | false | LETTER_DATE | SUBMIT
            CountedNext    | ให้รายงานผลภายใน ๓๐ วันนับถัดจากวันที่ได้รับหนังสือ                     | 30 | false | RECEIPT | REPORT
            """)
    void relativeDeadline(String rule, String phrase, int days, boolean business, RelativeRule.From from,
                          DeadlineKind kind) {
        List<Deadline> found = deadlines(phrase);

        assertThat(found).as(rule).hasSize(1);
        assertThat(found.get(0).relative()).isEqualTo(new RelativeRule(days, business, from));
        assertThat(found.get(0).kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Recalled     | ตามที่ได้เชิญประชุมในวันพุธที่ ๕ มีนาคม ๒๕๖๘ เวลา ๐๙.๓๐ น. ความละเอียดแจ้งแล้ว นั้น
            AfterEvent   | ให้รายงานผลภายใน ๑๕ วัน หลังสิ้นสุดการรณรงค์
            MonthInCount | ให้รายงานผลทุกเดือน ภายในวันที่ ๕ ของเดือนถัดไป
            Yearly       | ให้จัดทำบัญชีรายการที่ดินให้แล้วเสร็จภายในวันที่ ๓๑ ธันวาคม ของทุกปี
            SenderWill   | ทั้งนี้ กรมอนามัยจะประกาศผลการประกวดภายในวันที่ ๓๐ พฤษภาคม ๒๕๖๘
            """)
    void notADeadline(String rule, String phrase) {
        assertThat(deadlines(phrase)).as(rule).isEmpty();
    }

    @ParameterizedTest(name = "PostponedEverywhere: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ตามที่ได้เชิญประชุมในวันพุธที่ ๕ มีนาคม ๒๕๖๘ เวลา ๐๙.๓๐ น. นั้น จึงขอเลื่อนการประชุมจากเดิมวันพุธที่ ๕ มีนาคม ๒๕๖๘ เป็นวันพุธที่ ๑๒ มีนาคม ๒๕๖๘ เวลา ๑๓.๓๐ น. | 2025-03-12
            """)
    void postponedDayIsDroppedEverywhere(String phrase, LocalDate only) {
        assertThat(deadlines(phrase)).extracting(Deadline::due).containsExactly(only);
    }

    private static List<Deadline> deadlines(String phrase) {
        Extraction x = LetterFrames.read(LetterFrames.external(phrase));
        assertThat(x.letters()).hasSize(1);
        return x.letters().get(0).deadlines();
    }
}
