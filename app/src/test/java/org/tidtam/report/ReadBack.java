package org.tidtam.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.tidtam.i18n.Messages;

/** Writes reports into memory and reads them back for the format tests. */
final class ReadBack {
    private ReadBack() { }

    static ReportExporter exporter() { return new ReportExporter(ExportSettings.of(Messages.thai())); }

    static byte[] weekly(ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter().writeWeekly(Samples.week(), format, out);
        return out.toByteArray();
    }

    static byte[] register(ReportFormat format, RegisterPrintout printout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter().writeRegister(printout, format, out);
        return out.toByteArray();
    }

    /** Text of every page, one string per page. */
    static java.util.List<String> pdfPages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.util.List<String> pages = new java.util.ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    /**
     * Extracted Thai comparable with the source: without spaces and line breaks (cells wrap), tone marks
     * put back after the vowel they sit on (extractors emit them in drawing order), ํ + า joined to ำ.
     */
    static String comparable(String s) {
        String t = s.replaceAll("\\s+", "").replace("\u0E4D\u0E32", "\u0E33");
        return t.replaceAll("([\u0E48-\u0E4C])([\u0E31\u0E34-\u0E37\u0E38\u0E39\u0E47])", "$2$1");
    }
}
