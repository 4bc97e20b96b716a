package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class XlsxReportWriterTest {
    private static XSSFWorkbook wb;

    @BeforeAll
    static void write() throws Exception {
        wb = new XSSFWorkbook(new ByteArrayInputStream(ReadBack.weekly(ReportFormat.XLSX)));
    }

    @Test
    void hasOneSheetPerSectionNamedInThai() {
        assertThat(wb.getNumberOfSheets()).isEqualTo(5);
        assertThat(wb.getSheetName(0)).isEqualTo("สรุป");
        assertThat(wb.getSheetName(1)).isEqualTo("หนังสือรับ");
        assertThat(wb.getSheetName(3)).isEqualTo("เกินกำหนด");
    }

    @Test
    void keepsDatesAsRealDatesShownInBuddhistEra() {
        Row first = letters().getRow(4);
        Cell received = first.getCell(1);
        assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(received.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 5, 12));
        assertThat(received.getCellStyle().getDataFormatString()).isEqualTo("[$-107041E]d mmm yyyy;@");
        assertThat(first.getCell(0).getStringCellValue()).isEqualTo("2568/121");
        assertThat(first.getCell(5).getStringCellValue()).isEqualTo("กรมส่งเสริมการปกครองท้องถิ่น");
    }

    @Test
    void usesTheThaiFontAndThaiHeadings() {
        Row header = letters().getRow(3);
        assertThat(header.getCell(0).getStringCellValue()).isEqualTo("เลขทะเบียนรับ");
        assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getFontName())
                .isEqualTo("TH SarabunPSK");
        assertThat(wb.getFontAt(0).getFontName()).isEqualTo("TH SarabunPSK");
    }

    @Test
    void freezesTheHeadingRowAndPrintsA4LandscapeWithItOnEveryPage() {
        XSSFSheet sheet = letters();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
        PrintSetup ps = sheet.getPrintSetup();
        assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(ps.getLandscape()).isTrue();
        assertThat(ps.getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(3, 3, -1, -1));
    }

    @Test
    void fitsColumnsToThaiText() {
        XSSFSheet sheet = letters();
        assertThat(sheet.getColumnWidth(6)).as("subject").isGreaterThan(sheet.getColumnWidth(0));
        assertThat(sheet.getColumnWidth(0) / 256).as("reg no").isBetween(10, 20);
        assertThat(sheet.getRow(4).getHeightInPoints()).as("wrapped subject").isGreaterThan(XlsxReportWriter.LINE_POINTS);
    }

    @Test
    void writesFormulaLikeTextAsQuotedStringCells() {
        Row risky = letters().getRow(7);
        Cell subject = risky.getCell(6);
        assertThat(subject.getCellType()).isEqualTo(CellType.STRING);
        assertThat(subject.getStringCellValue()).isEqualTo(Samples.FORMULA_SUBJECT);
        assertThat(subject.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(risky.getCell(5).getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(risky.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
    }

    @Test
    void hidesClassifiedSubjects() {
        assertThat(letters().getRow(6).getCell(6).getStringCellValue()).isEqualTo("ลับมาก");
    }

    @Test
    void drawsTheDailyChartOnTheSummarySheet() {
        var charts = wb.getSheetAt(0).getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(2);
        assertThat(charts.get(0).getTitleText().getString()).isEqualTo("หนังสือรับและกำหนดส่งรายวัน");
    }

    private static XSSFSheet letters() { return wb.getSheetAt(1); }
}
