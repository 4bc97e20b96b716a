package org.tidtam.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report as one CSV file: UTF-8 with a byte-order mark (without it Excel reads Thai as ANSI
 * gibberish), CRLF lines, each table as a title line, a heading line and its rows, tables separated by an
 * empty line. Dates are พ.ศ. text. Text that a spreadsheet could run as a formula gets a leading apostrophe.
 */
public final class CsvReportWriter {
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final ReportText text;

    public CsvReportWriter(ExportSettings settings) { this.text = settings.text(); }

    public void write(ReportDocument doc, OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        try (SequenceWriter rows = MAPPER.writerFor(String[].class).with(schema).writeValues(writer)) {
            rows.write(new String[] {guard(doc.title())});
            rows.write(new String[] {guard(doc.subtitle())});
            for (Section section : doc.sections()) {
                for (Table table : section.tables()) {
                    rows.flush();
                    writer.write("\r\n"); // an empty line between tables
                    writeTable(rows, table);
                }
            }
        }
        writer.flush();
    }

    private void writeTable(SequenceWriter rows, Table table) throws IOException {
        rows.write(new String[] {guard(table.title())});
        rows.write(table.headings().stream().map(CsvReportWriter::guard).toArray(String[]::new));
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            row.forEach(v -> cells.add(cell(v)));
            rows.write(cells.toArray(String[]::new));
        }
    }

    private String cell(Object v) {
        if (v instanceof LocalDate d) {
            return text.date(d);
        }
        return v instanceof Number n ? n.toString() : guard(String.valueOf(v));
    }

    private static String guard(String s) { return FormulaGuard.escape(s); }
}
