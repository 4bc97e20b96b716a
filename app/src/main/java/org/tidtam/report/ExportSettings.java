package org.tidtam.report;

import java.nio.file.Path;
import org.tidtam.i18n.Messages;

/**
 * How files are written.
 *
 * @param messages         language of headings and titles
 * @param thaiDigits       write dates with Thai digits (๒๕ ธ.ค. ๒๕๖๗)
 * @param spreadsheetFont  font name put in XLSX cells; Excel and LibreOffice substitute a similar font
 *                         when it is missing (fontconfig maps TH SarabunPSK to TLWG Laksaman)
 * @param pdfFont          a TrueType font file for PDF, or null to use the bundled Laksaman
 */
public record ExportSettings(Messages messages, boolean thaiDigits, String spreadsheetFont, Path pdfFont) {
    /** TH SarabunPSK: the national standard font for official documents (Cabinet resolution, 2010). */
    public static final String DEFAULT_SPREADSHEET_FONT = "TH SarabunPSK";

    public ExportSettings {
        messages = messages == null ? Messages.thai() : messages;
        spreadsheetFont = spreadsheetFont == null || spreadsheetFont.isBlank()
                ? DEFAULT_SPREADSHEET_FONT : spreadsheetFont.strip();
    }

    public static ExportSettings of(Messages messages) {
        return new ExportSettings(messages, false, DEFAULT_SPREADSHEET_FONT, null);
    }

    public ReportText text() { return new ReportText(messages, thaiDigits); }
}
