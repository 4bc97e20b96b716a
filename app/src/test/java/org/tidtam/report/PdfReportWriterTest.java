package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;

class PdfReportWriterTest {
    @Test
    void weeklyPdfIsA4LandscapeWithTheThaiFontEmbedded() throws Exception {
        byte[] pdf = ReadBack.weekly(ReportFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage first = doc.getPage(0);
            boolean turned = first.getRotation() % 180 == 90;
            float wide = turned ? first.getMediaBox().getHeight() : first.getMediaBox().getWidth();
            float tall = turned ? first.getMediaBox().getWidth() : first.getMediaBox().getHeight();
            assertThat(wide).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            assertThat(tall).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            List<PDFont> fonts = new ArrayList<>();
            for (var name : first.getResources().getFontNames()) {
                fonts.add(first.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(fonts).anyMatch(f -> f.getName().contains("Laksaman"));
        }
    }

    @Test
    void weeklyPdfHoldsThaiTextAndBuddhistEraDates() throws Exception {
        String text = ReadBack.comparable(String.join("\n", ReadBack.pdfPages(ReadBack.weekly(ReportFormat.PDF))));
        assertThat(text).contains(ReadBack.comparable("สรุปหนังสือรับและกำหนดส่งประจำสัปดาห์"))
                .contains(ReadBack.comparable("12 พฤษภาคม 2568 – 18 พฤษภาคม 2568"))
                .contains("2568/121")
                .contains(ReadBack.comparable("กรมส่งเสริมการปกครองท้องถิ่น"))
                .contains(ReadBack.comparable("ขอความร่วมมือสำรวจข้อมูลผู้สูงอายุ"))
                .contains(ReadBack.comparable("ผู้รับผิดชอบ"))
                .contains(ReadBack.comparable("15 พ.ค. 2568"))
                .doesNotContain(ReadBack.comparable(Samples.SECRET_SUBJECT));
    }

    @Test
    void copiedTextIsTheThaiAsWrittenThanksToActualText() throws Exception {
        String text = String.join("\n", ReadBack.pdfPages(ReadBack.weekly(ReportFormat.PDF)));
        assertThat(text).contains("สรุปหนังสือรับและกำหนดส่งประจำสัปดาห์", "ผู้รับผิดชอบ", "ชั้นความเร็ว",
                "ด่วนที่สุด", "กรมส่งเสริมการปกครองท้องถิ่น");
    }

    @Test
    void registerRepeatsItsHeadingRowOnEveryPage() throws Exception {
        List<SummaryLetter> many = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            many.add(new SummaryLetter(new RegistrationNumber(2568, i), LocalDateTime.of(2025, 5, 1 + i % 28, 9, 0),
                    "มท ๐๓๒๒/ว " + i, LocalDate.of(2025, 4, 28), "กรมการปกครอง", "ผู้ว่าราชการจังหวัดขอนแก่น",
                    "ขอเชิญประชุมคณะกรรมการติดตามการเบิกจ่ายงบประมาณ ครั้งที่ " + i, Urgency.NORMAL, Secrecy.NORMAL,
                    "ส่งกลุ่มงานอำนวยการ", "", "", "", LetterStatus.RECEIVED, false));
        }
        RegisterPrintout printout = RegisterPrintout.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), many, null);
        List<String> pages = ReadBack.pdfPages(ReadBack.register(ReportFormat.PDF, printout));
        assertThat(pages).hasSizeGreaterThan(1);
        assertThat(pages).allSatisfy(p -> assertThat(ReadBack.comparable(p))
                .contains(ReadBack.comparable("เลขทะเบียนรับ"))
                .contains(ReadBack.comparable("การปฏิบัติ"))
                .contains(ReadBack.comparable("หมายเหตุ")));
        assertThat(ReadBack.comparable(String.join("", pages))).contains("2568/80");
    }
}
