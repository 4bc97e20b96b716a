package org.tidtam.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.tidtam.i18n.TidtamException;

/** The one entry point the CLI and the GUI use: a report, a format, a stream or a file. */
public final class ReportExporter {
    /** The formats of the register printout (JSON is for the summary only). */
    public static final Set<ReportFormat> REGISTER_FORMATS = EnumSet.of(ReportFormat.XLSX, ReportFormat.PDF,
            ReportFormat.CSV);

    static {
        QuietLog4j.install();
    }

    private final ExportSettings settings;

    public ExportSettings settings() { return settings; }

    public ReportExporter(ExportSettings settings) { this.settings = settings; }

    public void writeWeekly(WeeklySummary summary, ReportFormat format, OutputStream out) throws IOException {
        if (format == ReportFormat.JSON) {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            new JsonReportWriter(settings).write(summary, writer);
            writer.flush();
            return;
        }
        writeDocument(new WeeklyDocument(settings.text()).of(summary), format, out);
    }

    public void writeRegister(RegisterPrintout printout, ReportFormat format, OutputStream out) throws IOException {
        if (!REGISTER_FORMATS.contains(format)) {
            throw new TidtamException("report.error.format", format.extension(), names(REGISTER_FORMATS));
        }
        writeDocument(new RegisterDocument(settings.text()).of(printout), format, out);
    }

    /** Writes the summary to a file atomically; refuses to replace an existing file unless forced. */
    public void exportWeekly(WeeklySummary summary, ReportFormat format, Path file, boolean force) {
        SafeFileWriter.write(file, force, out -> writeWeekly(summary, format, out));
    }

    public void exportRegister(RegisterPrintout printout, ReportFormat format, Path file, boolean force) {
        if (!REGISTER_FORMATS.contains(format)) { // before any file is touched
            throw new TidtamException("report.error.format", format.extension(), names(REGISTER_FORMATS));
        }
        SafeFileWriter.write(file, force, out -> writeRegister(printout, format, out));
    }

    private void writeDocument(ReportDocument doc, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case XLSX -> new XlsxReportWriter(settings).write(doc, out);
            case CSV -> new CsvReportWriter(settings).write(doc, out);
            case PDF -> new PdfReportWriter(settings).write(doc, out);
            case JSON -> throw new TidtamException("report.error.format", "json", names(REGISTER_FORMATS));
        }
    }

    private static String names(Set<ReportFormat> formats) {
        return formats.stream().map(ReportFormat::extension).collect(Collectors.joining(", "));
    }
}
