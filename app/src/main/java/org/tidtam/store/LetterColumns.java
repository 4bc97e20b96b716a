package org.tidtam.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;

/** The editable columns of letters, how they map to a draft, and how rows are read back. */
final class LetterColumns {
    /** Column → value of a draft, as stored (text; dates ISO). The order is the UPDATE's order. */
    static final Map<String, Function<LetterDraft, String>> EDITABLE = editable();

    /** What page() and find() select; text and deadlines are loaded separately. */
    static final String ROW = "l.id, l.reg_year, l.reg_no, l.received_at, l.number, l.letter_date, l.sender, "
            + "l.recipient, l.subject, l.urgency, l.secrecy, l.action, l.remarks, l.unit, l.officer, l.status, "
            + "l.cancelled_reason, l.cancelled_by, l.cancelled_at, l.file_sha256, l.file_name, l.created_at";

    private LetterColumns() { }

    private static Map<String, Function<LetterDraft, String>> editable() {
        Map<String, Function<LetterDraft, String>> m = new LinkedHashMap<>();
        m.put("received_at", d -> iso(d.receivedAt()));
        m.put("number", LetterDraft::number);
        m.put("letter_date", d -> iso(d.date()));
        m.put("sender", LetterDraft::sender);
        m.put("recipient", LetterDraft::recipient);
        m.put("subject", LetterDraft::subject);
        m.put("urgency", d -> d.urgency().name());
        m.put("secrecy", d -> d.secrecy().name());
        m.put("action", LetterDraft::action);
        m.put("unit", LetterDraft::unit);
        m.put("officer", LetterDraft::officer);
        m.put("remarks", LetterDraft::remarks);
        m.put("file_sha256", LetterDraft::fileSha256);
        m.put("file_name", LetterDraft::fileName);
        return m;
    }

    /** Binds the editable columns in {@link #EDITABLE}'s order, from parameter index first. */
    static int bind(PreparedStatement ps, int first, LetterDraft d) throws SQLException {
        int i = first;
        for (Function<LetterDraft, String> value : EDITABLE.values()) {
            ps.setString(i++, value.apply(d));
        }
        return i;
    }

    static RegisterRow row(ResultSet rs) throws SQLException {
        return new RegisterRow(rs.getLong("id"), regNo(rs), LocalDateTime.parse(rs.getString("received_at")),
                rs.getString("number"), date(rs.getString("letter_date")), rs.getString("sender"),
                rs.getString("recipient"), rs.getString("subject"), Urgency.valueOf(rs.getString("urgency")),
                Secrecy.valueOf(rs.getString("secrecy")), rs.getString("action"), rs.getString("remarks"),
                rs.getString("unit"), rs.getString("officer"), LetterStatus.valueOf(rs.getString("status")),
                rs.getString("cancelled_at") != null);
    }

    static LetterDraft draft(ResultSet rs, String text, List<org.tidtam.letter.Deadline> deadlines)
            throws SQLException {
        return new LetterDraft(rs.getString("number"), date(rs.getString("letter_date")), rs.getString("sender"),
                rs.getString("recipient"), rs.getString("subject"), Urgency.valueOf(rs.getString("urgency")),
                Secrecy.valueOf(rs.getString("secrecy")), LocalDateTime.parse(rs.getString("received_at")),
                rs.getString("action"), rs.getString("unit"), rs.getString("officer"), rs.getString("remarks"),
                text, deadlines, rs.getString("file_sha256"), rs.getString("file_name"));
    }

    static RegistrationNumber regNo(ResultSet rs) throws SQLException {
        return new RegistrationNumber(rs.getInt("reg_year"), rs.getInt("reg_no"));
    }

    static String iso(Object value) { return value == null ? null : value.toString(); }

    static LocalDate date(String s) { return s == null ? null : LocalDate.parse(s); }

    static LocalDateTime dateTime(String s) { return s == null ? null : LocalDateTime.parse(s); }
}
