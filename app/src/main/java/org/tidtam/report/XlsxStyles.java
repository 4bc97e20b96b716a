package org.tidtam.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles a report uses, all in one Thai font. */
final class XlsxStyles {
    /** Buddhist-era date in Thai (LCID 041E, calendar 07); the D variant also uses Thai digits. */
    static final String DATE_FORMAT = "[$-107041E]d mmm yyyy;@";
    static final String DATE_FORMAT_THAI_DIGITS = "[$-D07041E]d mmm yyyy;@";
    static final short FONT_POINTS = 14;

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle tableTitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle quotedText;
    final CellStyle date;
    final CellStyle number;

    XlsxStyles(XSSFWorkbook wb, String fontName, boolean thaiDigits) {
        XSSFFont plain = wb.getFontAt(0); // the workbook's default font sets the column width unit
        plain.setFontName(fontName);
        plain.setFontHeightInPoints(FONT_POINTS);
        XSSFFont bold = font(wb, fontName, FONT_POINTS);
        title = plainStyle(wb, font(wb, fontName, (short) 18));
        subtitle = plainStyle(wb, plain);
        tableTitle = plainStyle(wb, bold);
        header = bordered(wb, bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        text = bordered(wb, plain);
        quotedText = bordered(wb, plain);
        quotedText.setQuotePrefixed(true);
        date = bordered(wb, plain);
        date.setDataFormat(wb.createDataFormat().getFormat(thaiDigits ? DATE_FORMAT_THAI_DIGITS : DATE_FORMAT));
        date.setAlignment(HorizontalAlignment.CENTER);
        number = bordered(wb, plain);
        number.setAlignment(HorizontalAlignment.RIGHT);
    }

    private static XSSFFont font(XSSFWorkbook wb, String name, short points) {
        XSSFFont f = wb.createFont();
        f.setFontName(name);
        f.setFontHeightInPoints(points);
        f.setBold(true);
        return f;
    }

    private static CellStyle plainStyle(XSSFWorkbook wb, XSSFFont font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        return s;
    }

    private static CellStyle bordered(XSSFWorkbook wb, XSSFFont font) {
        CellStyle s = plainStyle(wb, font);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(true);
        return s;
    }
}
