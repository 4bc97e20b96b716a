package org.tidtam.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lays a {@link RegisterPrintout} out in the regulation's columns: เลขทะเบียนรับ, ที่, ลงวันที่, จาก, ถึง, เรื่อง,
 * การปฏิบัติ, หมายเหตุ. The received date is kept beside the registration number, as the paper register does.
 */
public final class RegisterDocument {
    private final ReportText text;

    public RegisterDocument(ReportText text) { this.text = text; }

    public ReportDocument of(RegisterPrintout p) {
        List<Column> cols = List.of(Column.text(text.get("col.regNo")), Column.date(text.get("col.receivedOn")),
                Column.text(text.get("col.number")), Column.date(text.get("col.date")),
                Column.wide(text.get("col.sender")), Column.wide(text.get("col.recipient")),
                Column.wide(text.get("col.subject")), Column.wide(text.get("col.action")),
                Column.text(text.get("col.remarks")));
        List<List<Object>> rows = new ArrayList<>();
        for (RegisterLine l : p.lines()) {
            rows.add(Arrays.asList(l.regNo().toString(), l.receivedAt().toLocalDate(), l.number(), l.date(),
                    l.sender(), l.recipient(), l.subject(), l.action(), remarks(l)));
        }
        String subtitle = text.get("subtitle.register", text.longDate(p.from()), text.longDate(p.to()));
        Table table = new Table(subtitle, cols, rows);
        return new ReportDocument(text.get("title.register"), subtitle,
                List.of(new Section(text.get("section.register"), text.get("title.register"), List.of(table), null)));
    }

    private String remarks(RegisterLine l) {
        if (!l.cancelled()) {
            return l.remarks();
        }
        String mark = text.get("cancelled");
        return l.remarks().isEmpty() ? mark : mark + " " + l.remarks();
    }
}
