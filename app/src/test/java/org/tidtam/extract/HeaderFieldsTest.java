package org.tidtam.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Urgency;

/** Header fields of each letter type, in our own words, and a file holding several letters. */
class HeaderFieldsTest {

    @Test
    void externalLetter() {
        ExtractedLetter l = only(LetterFrames.external("ขอให้รายงานผลภายในวันที่ ๑๕ กุมภาพันธ์ ๒๕๖๘"));

        assertThat(l.type()).isEqualTo(LetterType.EXTERNAL);
        assertThat(l.urgency()).isEqualTo(Urgency.VERY_URGENT);
        assertThat(l.number()).isEqualTo("ศธ ๐๒๐๖/ว ๑๒๓");
        assertThat(l.circular()).isTrue();
        assertThat(l.date()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(l.sender()).isEqualTo("กระทรวงศึกษาธิการ");
        assertThat(l.subject()).isEqualTo("การดำเนินงานโครงการโรงเรียนสุจริต");
        assertThat(l.to()).isEqualTo("ผู้ว่าราชการจังหวัด ทุกจังหวัด");
        assertThat(l.signer()).isEqualTo("นายสมชาย ใจดี");
        assertThat(l.position()).isEqualTo("ปลัดกระทรวงศึกษาธิการ");
        assertThat(l.phone()).isEqualTo("๐ ๒๖๒๘ ๕๖๔๖");
        assertThat(l.trace()).extracting(Trace::field).contains("number", "date", "sender", "subject", "deadline");
    }

    @Test
    void memoReadsItsUnitLine() {
        ExtractedLetter l = only("""
                บันทึกข้อความ
                ส่วนราชการ กองคลัง งานการเงิน โทร. ๐ ๔๔๒๑ ๐๐๐๐
                ที่ นม ๕๑๐๐๒/๒๑๕ วันที่ ๓ มีนาคม ๒๕๖๘
                เรื่อง ขออนุมัติเบิกจ่ายค่าใช้จ่ายในการเดินทางไปราชการ
                เรียน นายกองค์การบริหารส่วนจังหวัดนครราชสีมา

                ด้วยกองคลังขอเบิกจ่ายค่าใช้จ่ายตามระเบียบ ขอให้ส่งหลักฐานการจ่ายภายในวันที่ ๑๐ มีนาคม ๒๕๖๘
                """);

        assertThat(l.type()).isEqualTo(LetterType.MEMO);
        assertThat(l.sender()).isEqualTo("กองคลัง งานการเงิน");
        assertThat(l.number()).isEqualTo("นม ๕๑๐๐๒/๒๑๕");
        assertThat(l.circular()).isFalse();
        assertThat(l.date()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(l.subject()).startsWith("ขออนุมัติเบิกจ่าย");
        assertThat(l.deadlines()).extracting(Deadline::kind).containsExactly(DeadlineKind.SUBMIT);
    }

    @Test
    void stampedLetterTakesItsAgencyFromTheFootAndProvinceFromTheCode() {
        ExtractedLetter l = only("""
                ที่ ชม ๐๐๒๓.๓/ว ๑๒

                ถึง องค์กรปกครองส่วนท้องถิ่นทุกแห่ง

                ด้วยจังหวัดได้รับแจ้งว่าจะมีการฝึกอบรมหลักสูตรการเงินการคลัง ระหว่างวันที่ ๑๗ - ๑๙ มีนาคม ๒๕๖๘
                จึงขอให้แจ้งรายชื่อผู้เข้ารับการฝึกอบรมภายในวันที่ ๗ มีนาคม ๒๕๖๘

                สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด
                ๒๘ กุมภาพันธ์ ๒๕๖๘
                กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น
                โทร ๐ ๕๓๑๑ ๒๒๓๓
                """);

        assertThat(l.type()).isEqualTo(LetterType.STAMPED);
        assertThat(l.sender()).isEqualTo("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดเชียงใหม่");
        assertThat(l.date()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(l.subject()).isNull();
        assertThat(l.deadlines()).extracting(Deadline::kind, Deadline::due, Deadline::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DeadlineKind.MEETING, LocalDate.of(2025, 3, 17),
                        LocalDate.of(2025, 3, 19)),
                org.assertj.core.groups.Tuple.tuple(DeadlineKind.REPLY, LocalDate.of(2025, 3, 7), null));
    }

    @Test
    void orderAndAnnouncementTakeTheirSenderFromTheHeading() {
        ExtractedLetter order = only("""
                คำสั่งจังหวัดขอนแก่น
                ที่ ๑๒๓๔/๒๕๖๘
                เรื่อง แต่งตั้งคณะทำงานขับเคลื่อนโครงการ
                ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป
                สั่ง ณ วันที่ ๒ มกราคม พ.ศ. ๒๕๖๘
                """);
        ExtractedLetter notice = only("""
                ประกาศกระทรวงมหาดไทย
                เรื่อง หลักเกณฑ์การประเมินผล
                ประกาศนี้มีผลใช้บังคับตั้งแต่วันที่ ๑ กุมภาพันธ์ ๒๕๖๘ เป็นต้นไป
                ประกาศ ณ วันที่ ๑๕ มกราคม ๒๕๖๘
                """);

        assertThat(order.type()).isEqualTo(LetterType.ORDER);
        assertThat(order.sender()).isEqualTo("จังหวัดขอนแก่น");
        assertThat(order.deadlines()).isEmpty();
        assertThat(notice.type()).isEqualTo(LetterType.ANNOUNCEMENT);
        assertThat(notice.sender()).isEqualTo("กระทรวงมหาดไทย");
        assertThat(notice.deadlines()).isEmpty();
    }

    @Test
    void readsReferencesAndEnclosures() {
        ExtractedLetter l = only(LetterFrames.external("").replace("เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด\n", """
                เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด
                อ้างถึง ๑. หนังสือกระทรวงศึกษาธิการ ที่ ศธ ๐๒๐๖/ว ๑๐ ลงวันที่ ๕ ธันวาคม ๒๕๖๗
                ๒. หนังสือกระทรวงศึกษาธิการ ที่ ศธ ๐๒๐๖/ว ๒๐ ลว. ๒๐ ธ.ค. ๖๗
                สิ่งที่ส่งมาด้วย ๑. แบบรายงาน จำนวน ๑ ฉบับ
                ๒. คู่มือการดำเนินงาน จำนวน ๑ เล่ม
                """));

        assertThat(l.references()).extracting(Reference::number, Reference::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ศธ ๐๒๐๖/ว ๑๐", LocalDate.of(2024, 12, 5)),
                org.assertj.core.groups.Tuple.tuple("ศธ ๐๒๐๖/ว ๒๐", LocalDate.of(2024, 12, 20)));
        assertThat(l.enclosures()).containsExactly("๑. แบบรายงาน จำนวน ๑ ฉบับ", "๒. คู่มือการดำเนินงาน จำนวน ๑ เล่ม");
        assertThat(l.deadlines()).isEmpty();
    }

    @Test
    void coveringLetterAndOriginalEachListTheDeadlineOnce() {
        String original = LetterFrames.external("""
                ขอให้รายงานผลภายในวันที่ ๑๕ กุมภาพันธ์ ๒๕๖๘
                ทั้งนี้ ขอย้ำให้รายงานผลภายในวันที่ ๑๕ กุมภาพันธ์ ๒๕๖๘ ด้วย""");
        String covering = """
                ที่ ขก ๐๐๑๗.๓/ว ๕๐๐

                ศาลากลางจังหวัดขอนแก่น
                ถนนศูนย์ราชการ ขก ๔๐๐๐๐

                ๑๔ มกราคม ๒๕๖๘

                เรื่อง การดำเนินงานโครงการโรงเรียนสุจริต
                เรียน นายอำเภอ ทุกอำเภอ

                ด้วยจังหวัดได้รับแจ้งจากกระทรวงศึกษาธิการ ขอให้อำเภอรายงานผลภายในวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๘
                รายละเอียดตามสำเนาหนังสือที่แนบ

                ขอแสดงความนับถือ
                (นายสมศักดิ์ รักษ์ดี)
                ผู้ว่าราชการจังหวัดขอนแก่น
                """;
        Extraction x = LetterFrames.read(covering + "\n" + original);

        assertThat(x.letters()).hasSize(2);
        assertThat(x.letters().get(0).sender()).isEqualTo("จังหวัดขอนแก่น");
        assertThat(x.letters().get(0).deadlines()).extracting(Deadline::due)
                .containsExactly(LocalDate.of(2025, 2, 10));
        assertThat(x.letters().get(1).urgency()).isEqualTo(Urgency.VERY_URGENT);
        assertThat(x.letters().get(1).deadlines()).extracting(Deadline::due)
                .containsExactly(LocalDate.of(2025, 2, 15));
    }

    @Test
    void evidenceSpansPointIntoTheOriginalText() {
        String text = LetterFrames.external("ขอให้รายงานผลการดําเนินงานภายในวันที่ ๑๕ มีนาคม ๒๕๖๘");
        Deadline d = only(text).deadlines().get(0);

        assertThat(text.substring(d.span().start(), d.span().end())).isEqualTo(d.evidence())
                .endsWith("ภายในวันที่ ๑๕ มีนาคม ๒๕๖๘").contains("ดําเนิน");
    }

    @Test
    void subDistrictAgencyIsNotTakenForAnAddressLine() {
        ExtractedLetter l = only("""
                ที่มท ๐๗๑๒.๓/ว ๙๙

                องค์การบริหารส่วนตำบลบ้านเป็ด
                อำเภอเมืองขอนแก่น จังหวัดขอนแก่น ๔๐๐๐๐

                ๑๗ มกราคม  ๒๕๖๘

                เรื่อง ขอเชิญประชุมประชาคมหมู่บ้าน
                เรียน กำนันตำบลบ้านเป็ด
                """);

        assertThat(l.number()).isEqualTo("มท ๐๗๑๒.๓/ว ๙๙");
        assertThat(l.sender()).isEqualTo("องค์การบริหารส่วนตำบลบ้านเป็ด");
        assertThat(l.date()).isEqualTo(LocalDate.of(2025, 1, 17));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"ที่ ขก ๐๐๑๗.๕/ว ๑๗๐๙๕, จังหวัดขอนแก่น", "มท ๐๓๒๒/ว ๕๕๘๗๘, กระทรวงมหาดไทย",
            "ที่ กท ๑๒/๓, กรุงเทพมหานคร", "ที่ อต ๐๐๒๓.๔/ว ๓๔, จังหวัดอุตรดิตถ์", "ที่ นร ๐๕๐๕/ว ๑, สำนักนายกรัฐมนตรี"})
    void agencyCodes(String number, String agency) {
        assertThat(AgencyCodes.agency(AgencyCodes.codeOf(number))).isEqualTo(agency);
    }

    @Test
    void everyProvinceHasACode() {
        assertThat(AgencyCodes.provinceCount()).isEqualTo(77);
        assertThat(AgencyCodes.ministryCount()).isGreaterThanOrEqualTo(20);
    }

    private static ExtractedLetter only(String text) {
        List<ExtractedLetter> letters = LetterFrames.read(text).letters();
        assertThat(letters).hasSize(1);
        return letters.get(0);
    }
}
