package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.RelativeRule;
import org.tidtam.letter.Span;

/** Reads and writes the deadlines table. */
final class DeadlineRows {
    static final String INSERT = "INSERT INTO deadlines (letter_id, kind, due, end_day, time, rel_days, "
            + "rel_business, rel_from, action, evidence, span_start, span_end, confidence, status, done_note, "
            + "done_on, reply_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private DeadlineRows() { }

    static void bind(PreparedStatement ps, long letterId, Deadline d) throws SQLException {
        RelativeRule r = d.relative();
        Span s = d.span();
        Object[] v = {letterId, d.kind().name(), LetterColumns.iso(d.due()), LetterColumns.iso(d.end()),
            LetterColumns.iso(d.time()), r == null ? null : r.days(), r == null ? null : r.business() ? 1 : 0,
            r == null ? null : r.from().name(), d.action(), d.evidence(), s == null ? null : s.start(),
            s == null ? null : s.end(), d.confidence(), d.status().name(), d.doneNote(),
            LetterColumns.iso(d.doneOn()), d.replyNumber()};
        for (int i = 0; i < v.length; i++) {
            ps.setObject(i + 1, v[i]);
        }
    }

    static void insertAll(Connection c, long letterId, List<Deadline> deadlines) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Deadline d : deadlines) {
                bind(ps, letterId, d);
                ps.executeUpdate();
            }
        }
    }

    static List<Deadline> of(Connection c, long letterId) throws SQLException {
        List<Deadline> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM deadlines WHERE letter_id = ? ORDER BY id")) {
            ps.setLong(1, letterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    static Deadline read(ResultSet rs) throws SQLException {
        Object days = rs.getObject("rel_days");
        RelativeRule rule = days == null ? null : new RelativeRule(((Number) days).intValue(),
                rs.getInt("rel_business") == 1, RelativeRule.From.valueOf(rs.getString("rel_from")));
        Object start = rs.getObject("span_start");
        Span span = start == null ? null : new Span(((Number) start).intValue(), rs.getInt("span_end"));
        String time = rs.getString("time");
        return new Deadline(rs.getLong("id"), DeadlineKind.valueOf(rs.getString("kind")),
                LetterColumns.date(rs.getString("due")), LetterColumns.date(rs.getString("end_day")),
                time == null ? null : LocalTime.parse(time), rule, rs.getString("action"), rs.getString("evidence"),
                span, rs.getDouble("confidence"), DeadlineStatus.valueOf(rs.getString("status")),
                rs.getString("done_note"), LetterColumns.date(rs.getString("done_on")), rs.getString("reply_number"));
    }
}
