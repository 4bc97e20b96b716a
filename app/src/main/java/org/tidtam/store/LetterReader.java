package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;

/** Loads a whole entry: its row, text and deadlines. */
final class LetterReader {
    private LetterReader() { }

    static Optional<Letter> load(Connection c, String where, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + LetterColumns.ROW + ", t.text FROM letters l "
                + "LEFT JOIN letter_texts t ON t.letter_id = l.id WHERE " + where)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong("id");
                LetterDraft fields = LetterColumns.draft(rs, rs.getString("text"), DeadlineRows.of(c, id));
                String cancelledAt = rs.getString("cancelled_at");
                Letter.Cancellation cancellation = cancelledAt == null ? null : new Letter.Cancellation(
                        rs.getString("cancelled_reason"), rs.getString("cancelled_by"),
                        LetterColumns.dateTime(cancelledAt));
                return Optional.of(new Letter(id, LetterColumns.regNo(rs), fields,
                        org.tidtam.letter.LetterStatus.valueOf(rs.getString("status")), cancellation,
                        LetterColumns.dateTime(rs.getString("created_at"))));
            }
        }
    }
}
