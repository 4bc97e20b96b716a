package org.tidtam.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tidtam.letter.Urgency;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.remind.LetterRef;

/** The one join that gives every deadline view its rows: deadlines with the few letter columns they show. */
final class DeadlineEntryRows {
    static final String SELECT = "SELECT d.*, l.reg_year, l.reg_no, l.number AS l_number, l.sender, l.subject, "
            + "l.letter_date, l.urgency, l.received_at, l.unit, l.officer "
            + "FROM deadlines d JOIN letters l ON l.id = d.letter_id WHERE l.cancelled_at IS NULL";

    private DeadlineEntryRows() { }

    /** The WHERE clause (after SELECT's own) and its parameters for a query; due-day range is checked later. */
    static String where(DeadlineQuery q, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        List<String> statuses = q.statuses().stream().sorted().map(Enum::name).toList();
        sql.append(" AND d.status IN (").append(String.join(", ", java.util.Collections.nCopies(statuses.size(), "?")))
                .append(')');
        params.addAll(statuses);
        add(sql, params, " AND d.kind = ?", q.kind() == null ? null : q.kind().name());
        add(sql, params, " AND l.unit = ?", q.unit());
        add(sql, params, " AND l.officer = ?", q.officer());
        add(sql, params, " AND (d.due IS NULL OR d.due >= ?)", LetterColumns.iso(q.from()));
        // a relative deadline's day may move with the holiday table, so allow a margin before filtering exactly
        add(sql, params, " AND (d.due IS NULL OR d.due <= ?)", q.to() == null ? null : q.to().plusDays(60).toString());
        return sql.toString();
    }

    private static void add(StringBuilder sql, List<Object> params, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            params.add(value);
        }
    }

    static List<DeadlineEntry> read(PreparedStatement ps) throws SQLException {
        List<DeadlineEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DeadlineEntry(DeadlineRows.read(rs), letter(rs)));
            }
        }
        return out;
    }

    private static LetterRef letter(ResultSet rs) throws SQLException {
        return new LetterRef(rs.getLong("letter_id"), LetterColumns.regNo(rs), rs.getString("l_number"),
                rs.getString("sender"), rs.getString("subject"), LetterColumns.date(rs.getString("letter_date")),
                Urgency.valueOf(rs.getString("urgency")), LocalDateTime.parse(rs.getString("received_at")),
                rs.getString("unit"), rs.getString("officer"));
    }
}
