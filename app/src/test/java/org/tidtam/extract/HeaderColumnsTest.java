package org.tidtam.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidtam.letter.Urgency;

/**
 * Head lines as OCR lays them out: the number with the sender's address beside it (a wide gap or a table
 * bar), offices named by their building (ศาลากลาง, ที่ว่าการ, ที่ทำการ), urgency split by a stray space.
 */
class HeaderColumnsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '^', textBlock = """
            ที่ มท ๐๘๐๘.๒/ว ๑๒๓                    กรมส่งเสริมการปกครองท้องถิ่น   ^ มท ๐๘๐๘.๒/ว ๑๒๓  ^ กรมส่งเสริมการปกครองท้องถิ่น
            ที่ ศธ 04002/ว1234\\tสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน             ^ ศธ 04002/ว1234   ^ สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน
            | ที่ ลพ ๐๐๒๓.๓/ว ๖๗๘ | ศาลากลางจังหวัดลำพูน |                              ^ ลพ ๐๐๒๓.๓/ว ๖๗๘  ^ จังหวัดลำพูน
            ที่ ชม ๐๕๑๘/ว ๔๕๖                 ที่ว่าการอำเภอสันทราย                ^ ชม ๐๕๑๘/ว ๔๕๖    ^ อำเภอสันทราย
            ที่ ขก ๗๕๓๐๑/ว ๘๙               ที่ทำการองค์การบริหารส่วนตำบลบ้านเป็ด   ^ ขก ๗๕๓๐๑/ว ๘๙    ^ องค์การบริหารส่วนตำบลบ้านเป็ด
            ที่ มท ๐๓๒๒/ว     ๕๕๘๗๘                   กรมการปกครอง                    ^ มท ๐๓๒๒/ว ๕๕๘๗๘ ^ กรมการปกครอง
            ที่ ปช ๐๐๐๔/ว ๐๐๑๕                      สำนักงาน ป.ป.ช.                  ^ ปช ๐๐๐๔/ว ๐๐๑๕   ^ สำนักงาน ป.ป.ช.
            """)
    void numberWithTheAddressBesideIt(String numberLine, String number, String sender) {
        ExtractedLetter l = only(numberLine.replace("\\t", "\t") + "\n"
                + "                                        ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐\n\n"
                + "                    ๑๐ มกราคม ๒๕๖๘\n\nเรื่อง การสำรวจข้อมูล\n\nเรียน ผู้ว่าราชการจังหวัด\n\n"
                + "ด้วยมีการสำรวจข้อมูล\n");

        assertThat(l.number()).isEqualTo(number);
        assertThat(l.sender()).isEqualTo(sender);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ที่ว่าการอำเภอเมืองขอนแก่น                 | อำเภอเมืองขอนแก่น
            ที่ทำการองค์การบริหารส่วนตำบลบ้านเป็ด       | องค์การบริหารส่วนตำบลบ้านเป็ด
            ศาลากลางจังหวัดขอนแก่น                      | จังหวัดขอนแก่น
            """)
    void officeNamedByItsBuilding(String seat, String sender) {
        ExtractedLetter l = only("ที่ ขก ๐๔๑๘/ว ๑๕๐\n\n" + seat + "\nถนนศูนย์ราชการ ขก ๔๐๐๐๐\n\n๓ กุมภาพันธ์ ๒๕๖๘\n\n"
                + "เรื่อง ขอเชิญร่วมพิธี\n\nเรียน กำนันทุกตำบล\n\nด้วยอำเภอกำหนดจัดพิธี\n");

        assertThat(l.sender()).isEqualTo(sender);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ด ่วนมาก        | VERY_URGENT
            ด่ วนที่สุด      | MOST_URGENT
            ด่วน ที่สุด      | MOST_URGENT
            **ด่วนมาก**     | VERY_URGENT
            """)
    void urgencySplitByOcr(String line, Urgency urgency) {
        ExtractedLetter l = only(line + "\n\nที่ สน ๐๐๑๘.๒/ว ๑๒๓๔\n\nศาลากลางจังหวัดสกลนคร\n\n๑๔ กุมภาพันธ์ ๒๕๖๘\n\n"
                + "เรื่อง ขอความร่วมมือ\n\nเรียน นายอำเภอ ทุกอำเภอ\n\nด้วยจังหวัดขอความร่วมมือ\n");

        assertThat(l.urgency()).isEqualTo(urgency);
    }

    @org.junit.jupiter.api.Test
    void addressBlockAboveTheNumber() {
        ExtractedLetter l = only("ด่วนที่สุด\n                 กรมอนามัย\n                 ถนนติวานนท์ จังหวัดนนทบุรี ๑๑๐๐๐\n"
                + "ที่ สธ ๐๙๐๔.๐๓/ว ๑๒๓๔\n\n          ๒๑ มีนาคม ๒๕๖๘\n\nเรื่อง ขอเชิญส่งผลงาน\n\n"
                + "เรียน นายแพทย์สาธารณสุขจังหวัด ทุกจังหวัด\n\nด้วยกรมอนามัยกำหนดจัดการประกวด\n");

        assertThat(l.sender()).isEqualTo("กรมอนามัย");
        assertThat(l.number()).isEqualTo("สธ ๐๙๐๔.๐๓/ว ๑๒๓๔");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            คำสั่งจังหวัดขอนแก่น                    | ที่ ๑๒๓๔/๒๕๖๘ | สั่ง ณ วันที่ ๑๘ มีนาคม พ.ศ. ๒๕๖๘   | จังหวัดขอนแก่น
            ประกาศองค์การบริหารส่วนตำบลโนนทอง       | -             | ประกาศ ณ วันที่ ๑๘ มีนาคม พ.ศ. ๒๕๖๘ | องค์การบริหารส่วนตำบลโนนทอง
            """)
    void orderOrAnnouncementIsDatedAtItsFoot(String heading, String numberLine, String foot, String sender) {
        ExtractedLetter l = only(heading + "\n" + ("-".equals(numberLine) ? "" : numberLine + "\n")
                + "เรื่อง แต่งตั้งคณะกรรมการ\n-----------\n\nด้วยมีเหตุอันสมควร จึงแต่งตั้งคณะกรรมการ\n\n"
                + foot + "\n\n(นายสมศักดิ์ ใจดี)\n");

        assertThat(l.date()).isEqualTo(java.time.LocalDate.of(2025, 3, 18));
        assertThat(l.sender()).isEqualTo(sender);
    }

    private static ExtractedLetter only(String text) {
        List<ExtractedLetter> letters = LetterFrames.read(text).letters();
        assertThat(letters).hasSize(1);
        return letters.get(0);
    }
}
