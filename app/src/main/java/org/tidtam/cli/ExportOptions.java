package org.tidtam.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.tidtam.app.AppConfig;
import org.tidtam.i18n.TidtamException;
import org.tidtam.report.ExportSettings;
import org.tidtam.report.ReportFormat;
import org.tidtam.report.SummaryOptions;
import picocli.CommandLine.Option;

/** Options both export commands share (a picocli mixin). */
public final class ExportOptions {
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "File format: ${COMPLETION-CANDIDATES} (default: from the file's extension).")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Option(names = "--include-secret", negatable = true, description = "Show (or with --no-include-secret hide)"
            + " subjects of classified letters (default: the setting, which is off: the grade only).")
    Boolean includeSecret;

    @Option(names = "--thai-digits", description = "Write dates with Thai digits.")
    boolean thaiDigits;

    @Option(names = "--pdf-font", paramLabel = "TTF", description = "TrueType font for PDF (default: bundled Laksaman).")
    Path pdfFont;

    @Option(names = "--sheet-font", paramLabel = "NAME", description = "Font name in XLSX (default: TH SarabunPSK).")
    String sheetFont;

    ReportFormat format() {
        if (format != null) {
            return format;
        }
        String name = out.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT) : "";
        try {
            return ReportFormat.valueOf(ext);
        } catch (IllegalArgumentException e) {
            throw new TidtamException("report.error.format", name, "xlsx, csv, pdf, json");
        }
    }

    /** The option when given, else the office's setting that the source reads. */
    SummaryOptions summaryOptions(org.tidtam.report.ReportSource source) {
        boolean show = includeSecret != null ? includeSecret : source.showClassifiedSubjects();
        return SummaryOptions.defaults().withSecretSubjects(show);
    }

    ExportSettings settings(AppConfig config) {
        return new ExportSettings(config.messages(), thaiDigits, sheetFont, pdfFont);
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TidtamException(e, "errors.date.invalid", text);
        }
    }
}
