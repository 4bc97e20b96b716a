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

/** Every deadline form of GUIDE §1, phrase → the one deadline it states. The letter is dated 2025-01-10. */
class DeadlineFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            จึงขอให้รายงานผลการดำเนินงาน ภายในวันที่ ๑๕ กุมภาพันธ์ ๒๕๖๘           | 2025-02-15 | -          | REPORT   | -
            ขอให้ส่งข้อมูลภายในวันที่ 15 ก.พ. 68                                      | 2025-02-15 | -          | SUBMIT   | -
            ขอให้จัดส่งเอกสาร ภายใน ๒๘ ก.พ. ๒๕๖๘                                      | 2025-02-28 | -          | SUBMIT   | -
            ขอให้ส่งแบบสำรวจภายในวันที่ ๑๕/๒/๒๕๖๘                                     | 2025-02-15 | -          | SUBMIT   | -
            ขอให้ส่งแบบสำรวจภายในวันที่ ๑๕.๒.๒๕๖๘                                     | 2025-02-15 | -          | SUBMIT   | -
            ขอให้ส่งแบบสำรวจภายในวันที่ 15/02/68                                       | 2025-02-15 | -          | SUBMIT   | -
            ขอให้ตอบรับภายในวันที่ ๒๐ มกราคม ค.ศ. ๒๐๒๕                               | 2025-01-20 | -          | REPLY    | -
            ขอให้ตอบรับภายในวันที่ 20 มกราคม 2025                                     | 2025-01-20 | -          | REPLY    | -
            ขอให้เบิกจ่ายงบประมาณให้แล้วเสร็จ ภายในวันที่ ๒๐ ธันวาคม นี้              | 2025-12-20 | -          | DISBURSE | -
            ขอให้ลงทะเบียนภายในวันที่ ๕ มกราคม                                        | 2026-01-05 | -          | REPLY    | -
            ขอให้แจ้งรายชื่อผู้เข้าร่วมประชุมก่อนวันที่ ๓๑ มกราคม ๒๕๖๘                | 2025-01-31 | -          | REPLY    | -
            ขอให้รายงานผลไม่เกินวันที่ ๒๘ กุมภาพันธ์ ๒๕๖๘                             | 2025-02-28 | -          | REPORT   | -
            ขอให้ส่งรายงานภายในสิ้นเดือนมีนาคม ๒๕๖๘                                   | 2025-03-31 | -          | REPORT   | -
            ขอให้ส่งข้อมูลภายในเดือนกุมภาพันธ์ ๒๕๖๘                                   | 2025-02-28 | -          | SUBMIT   | -
            ขอให้ส่งข้อมูลภายในสิ้นเดือน ก.พ. ๖๘                                      | 2025-02-28 | -          | SUBMIT   | -
            จึงกำหนดจัดการประชุมในวันจันทร์ที่ ๑๗ กุมภาพันธ์ ๒๕๖๘ เวลา ๐๙.๐๐ - ๑๒.๐๐ น. | 2025-02-17 | -          | MEETING  | 09:00
            ขอเชิญเข้าร่วมประชุมในวันที่ 5 มีนาคม 2568 เวลา 13:30 น.                  | 2025-03-05 | -          | MEETING  | 13:30
            จัดฝึกอบรมระหว่างวันที่ ๑๗ - ๑๙ มีนาคม ๒๕๖๘                              | 2025-03-17 | 2025-03-19 | MEETING  | -
            จัดสัมมนาระหว่างวันที่ ๓๐ มกราคม - ๒ กุมภาพันธ์ ๒๕๖๘                      | 2025-01-30 | 2025-02-02 | MEETING  | -
            ให้ดำเนินการสำรวจข้อมูลตั้งแต่วันที่ ๑ มีนาคม ๒๕๖๘ ถึงวันที่ ๓๑ มีนาคม ๒๕๖๘ | 2025-03-01 | 2025-03-31 | PERIOD   | -
            ดำเนินกิจกรรมรณรงค์ตั้งแต่เดือนพฤษภาคม - กรกฎาคม ๒๕๖๘                      | 2025-05-01 | 2025-07-31 | PERIOD   | -
            ขอเลื่อนการประชุมจากเดิมวันที่ ๒๐ มกราคม ๒๕๖๘ เป็นวันที่ ๒๗ มกราคม ๒๕๖๘ เวลา ๑๓.๓๐ น. | 2025-01-27 | - | MEETING | 13:30
            ขอให้รายงานผลภายในวันที่ 15 มีนาคม 2568                                   | 2025-03-15 | -          | REPORT   | -
            ขอให้รายงานผลภายในวันที่ ๑5 มีนาคม ๒๕68                                   | 2025-03-15 | -          | REPORT   | -
            ขอให้จัดทํารายงานผลการดําเนินงานภายในวันที่ ๑๕ มีนาคม ๒๕๖๘                | 2025-03-15 | -          | REPORT   | -
            ขอให้ดำเนินการให้แล้วเสร็จภายในวันที่ ๓๑ มีนาคม ๒๕๖๘                      | 2025-03-31 | -          | OTHER    | -
            ขอให้ส่งผลงานภายในวันศุกร์ที่ ๑๔ กุมภาพันธ์ ๒๕๖๘                          | 2025-02-14 | -          | SUBMIT   | -
            ขอให้ส่งข้อมูลภายใน ๒๕ ธ.ค. ๖๗                                            | 2024-12-25 | -          | SUBMIT   | -
            โปรดยืนยันการเข้าร่วมภายในวันที่ 30 ม.ค. 2568                              | 2025-01-30 | -          | REPLY    | -
            เปิดรับสมัครตั้งแต่บัดนี้ถึงวันที่ ๒๘ กุมภาพันธ์ ๒๕๖๘                       | 2025-02-28 | -          | REPLY    | -
            ขอให้ส่งแบบตอบรับภายในวันที่ ๒๔ มกราคม ๒๕๖๘                               | 2025-01-24 | -          | REPLY    | -
            ให้รายงานผลการเบิกจ่ายงบประมาณภายในวันที่ ๕ เมษายน ๒๕๖๘                   | 2025-04-05 | -          | REPORT   | -
            ขอให้ส่งข้อมูลภายในวันที่ ๑๐ - ๑๕ มีนาคม ๒๕๖๘                               | 2025-03-10 | -          | SUBMIT   | -
            """)
    void oneDeadline(String phrase, LocalDate due, LocalDate end, DeadlineKind kind, LocalTime time) {
        List<Deadline> found = deadlines(phrase);

        assertThat(found).as(phrase).hasSize(1);
        Deadline d = found.get(0);
        assertThat(d.due()).as("due").isEqualTo(due);
        assertThat(d.end()).as("end").isEqualTo(end);
        assertThat(d.kind()).as("kind").isEqualTo(kind);
        assertThat(d.time()).as("time").isEqualTo(time);
        assertThat(d.relative()).isNull();
        assertThat(d.confidence()).isGreaterThanOrEqualTo(Deadline.LOW_CONFIDENCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ขอให้รายงานผลภายใน ๗ วัน นับแต่วันที่ได้รับหนังสือนี้               | 7  | false | RECEIPT     | REPORT
            ขอให้ส่งเอกสารภายใน ๕ วันทำการ นับจากวันที่ได้รับหนังสือ            | 5  | true  | RECEIPT     | SUBMIT
            ขอให้ตอบรับภายใน 3 วันทำการ                                         | 3  | true  | RECEIPT     | REPLY
            ขอให้ชี้แจงข้อเท็จจริงภายใน ๑๕ (สิบห้า) วัน นับแต่ได้รับหนังสือ       | 15 | false | RECEIPT     | OTHER
            ขอให้ส่งคำขอภายใน ๓๐ วัน นับแต่วันที่ลงในหนังสือฉบับนี้              | 30 | false | LETTER_DATE | SUBMIT
            """)
    void relativeDeadline(String phrase, int days, boolean business, RelativeRule.From from, DeadlineKind kind) {
        List<Deadline> found = deadlines(phrase);

        assertThat(found).as(phrase).hasSize(1);
        Deadline d = found.get(0);
        assertThat(d.due()).isNull();
        assertThat(d.relative()).isEqualTo(new RelativeRule(days, business, from));
        assertThat(d.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ขอให้ส่งผลงานภายในวันจันทร์ที่ ๑๔ กุมภาพันธ์ ๒๕๖๘ | 2025-02-14
            ขอเชิญประชุมในวันพุธที่ ๑๗ กุมภาพันธ์ ๒๕๖๘ เวลา ๐๙.๐๐ น. | 2025-02-17
            """)
    void weekdayMismatchKeepsTheDateAndLowersConfidence(String phrase, LocalDate due) {
        List<Deadline> found = deadlines(phrase);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).due()).isEqualTo(due);
        assertThat(found.get(0).isLowConfidence()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ตามหนังสือกระทรวงศึกษาธิการ ที่ ศธ ๐๒๐๖/ว ๑๐ ลงวันที่ ๕ มกราคม ๒๕๖๘ นั้น
            ตามหนังสือจังหวัด ลว. ๕ ม.ค. ๖๘ นั้น
            ซึ่งได้จัดประชุมไปแล้วเมื่อวันที่ ๘ มกราคม ๒๕๖๘ เวลา ๑๓.๓๐ น.
            โดยใช้ข้อมูล ณ วันที่ ๓๑ ธันวาคม ๒๕๖๗
            ระเบียบนี้มีผลใช้บังคับตั้งแต่วันที่ ๑ กุมภาพันธ์ ๒๕๖๘ เป็นต้นไป
            ให้ถือปฏิบัติตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๗ เป็นต้นไป
            ตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
            ตามคำสั่งจังหวัดที่ ๑๕๕๔๔/๒๕๖๗ เรื่อง แต่งตั้งคณะทำงาน
            สอบถามรายละเอียดได้ที่ โทร ๐ ๔๓๒๓ ๘๐๐๑ ต่อ ๑๕
            ศาลากลางจังหวัด ถนนศูนย์ราชการ ขก ๔๐๐๐๐
            Meeting ID : 662 241 5915 Passcode : 251267
            ให้ใช้จ่ายงบประมาณภายในวงเงิน ๑๕,๐๐๐ บาท
            ให้ยื่นรายงานภายใน ๓๐ วัน หลังจากสิ้นสุดโครงการ
            ซึ่งจะดำเนินการในเดือนมีนาคม ๒๕๖๘
            สำหรับนักเรียนปีการศึกษา ๒๕๖๘
            ตามที่ได้แจ้งไว้เมื่อวันที่ ๑๕/๑/๒๕๖๘ แล้วนั้น
            ตามมติคณะรัฐมนตรีเมื่อวันที่ ๒๔ ธันวาคม ๒๕๖๗
            ในการประชุมครั้งที่ ๓/๒๕๖๗ เมื่อวันศุกร์ที่ ๒๐ ธันวาคม ๒๕๖๗
            กิจกรรมในวันที่ ๕ มกราคม ๒๕๖๘ ที่ผ่านมา
            """)
    void notADeadline(String phrase) {
        assertThat(deadlines(phrase)).as(phrase).isEmpty();
    }

    private static List<Deadline> deadlines(String phrase) {
        Extraction x = LetterFrames.read(LetterFrames.external(phrase));
        assertThat(x.letters()).hasSize(1);
        assertThat(x.letters().get(0).date()).isEqualTo(LetterFrames.LETTER_DATE);
        return x.letters().get(0).deadlines();
    }
}
