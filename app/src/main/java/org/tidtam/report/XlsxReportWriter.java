package org.tidtam.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a report as an Excel workbook: one sheet per section, Thai font, พ.ศ. date cells that stay real
 * dates, fitted column widths, frozen headings, A4 landscape printing with the heading row on every page.
 */
public final class XlsxReportWriter {
    /** One line of 14-point TH Sarabun-like text, with room for marks above and below. */
    static final float LINE_POINTS = 21f;
    /**
     * Column width per counted character, in units of the default font's digit: Thai letters of TH
     * Sarabun-like fonts are narrower than that digit (checked by converting with LibreOffice).
     */
    static final double WIDTH_FACTOR = 1.0;

    private final ExportSettings settings;

    static {
        QuietLog4j.install();
    }

    public XlsxReportWriter(ExportSettings settings) { this.settings = settings; }

    public void write(ReportDocument doc, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(wb, settings.spreadsheetFont(), settings.thaiDigits());
            for (Section section : doc.sections()) {
                writeSection(wb, styles, doc, section);
            }
            wb.write(out);
        }
    }

    private void writeSection(XSSFWorkbook wb, XlsxStyles styles, ReportDocument doc, Section section) {
        XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(section.name()));
        int[] widths = setWidths(sheet, section);
        text(sheet.createRow(0), 0, doc.title(), styles.title).getRow().setHeightInPoints(28);
        text(sheet.createRow(1), 0, doc.subtitle(), styles.subtitle).getRow().setHeightInPoints(LINE_POINTS);
        int row = 2;
        List<int[]> placed = new ArrayList<>();
        for (Table table : section.tables()) {
            placed.add(new int[] {row + 1, row + 2, row + 2 + table.rows().size()});
            row = writeTable(sheet, styles, table, row, widths) + 1;
        }
        int firstHeader = placed.get(0)[0];
        boolean single = section.tables().size() == 1;
        sheet.createFreezePane(0, single ? firstHeader + 1 : 2);
        printSetup(sheet, doc, single ? firstHeader : -1);
        if (section.chart() != null) {
            int[] at = placed.get(section.chart().tableIndex());
            XlsxChart.add(sheet, section.chart().title(), section.tables().get(section.chart().tableIndex()),
                    at[0], at[1], at[2], maxColumns(section) + 1);
        }
    }

    /** Writes title, header and rows from {@code row}; returns the next free row. */
    private int writeTable(XSSFSheet sheet, XlsxStyles styles, Table table, int row, int[] widths) {
        text(sheet.createRow(row), 0, table.title(), styles.tableTitle).getRow().setHeightInPoints(LINE_POINTS);
        row++;
        Row header = sheet.createRow(row++);
        for (int c = 0; c < table.columns().size(); c++) {
            text(header, c, table.columns().get(c).heading(), styles.header);
        }
        fitHeight(header, table.headings(), widths);
        for (List<Object> cells : table.rows()) {
            Row r = sheet.createRow(row++);
            for (int c = 0; c < cells.size(); c++) {
                value(r.createCell(c), cells.get(c), styles);
            }
            fitHeight(r, cells.stream().map(String::valueOf).toList(), widths);
        }
        return row;
    }

    /** Rows are not sized by the reader, so give wrapped Thai text the lines it needs. */
    private static void fitHeight(Row row, List<String> cells, int[] widths) {
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            int room = Math.max(1, widths[c] - 2);
            lines = Math.max(lines, (ColumnWidths.visible(cells.get(c)) + room - 1) / room);
        }
        row.setHeightInPoints(lines * LINE_POINTS + 2);
    }

    private static void value(Cell cell, Object v, XlsxStyles styles) {
        if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(styles.number);
        } else {
            String s = String.valueOf(v);
            cell.setCellValue(s); // always a string cell: never parsed as a formula
            cell.setCellStyle(FormulaGuard.isRisky(s) ? styles.quotedText : styles.text);
        }
    }

    private static Cell text(Row row, int col, String s, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(s);
        cell.setCellStyle(FormulaGuard.isRisky(s) ? withQuote(row, style) : style);
        return cell;
    }

    private static org.apache.poi.ss.usermodel.CellStyle withQuote(Row row, org.apache.poi.ss.usermodel.CellStyle style) {
        var copy = row.getSheet().getWorkbook().createCellStyle();
        copy.cloneStyleFrom(style);
        copy.setQuotePrefixed(true);
        return copy;
    }

    private static int[] setWidths(XSSFSheet sheet, Section section) {
        int[] widths = new int[maxColumns(section)];
        for (Table t : section.tables()) {
            for (int c = 0; c < t.columns().size(); c++) {
                int col = c;
                List<String> cells = t.rows().stream().map(r -> String.valueOf(r.get(col))).toList();
                widths[c] = Math.max(widths[c], ColumnWidths.of(t.columns().get(c), cells));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (int) Math.min(255 * 256, widths[c] * 256 * WIDTH_FACTOR));
        }
        return widths;
    }

    private static int maxColumns(Section section) {
        return section.tables().stream().mapToInt(t -> t.columns().size()).max().orElse(1);
    }

    private static void printSetup(XSSFSheet sheet, ReportDocument doc, int headerRow) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        sheet.getHeader().setLeft(doc.title());
        sheet.getFooter().setCenter("&P / &N");
    }
}
