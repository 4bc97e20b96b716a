package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.tidtam.letter.Secrecy;

/**
 * The report queries of the register: entries by received date (index letters_received, V5) and the
 * classified entries (partial index letters_classified). received_at is ISO text such as
 * "2025-01-13T09:30", so the days from..to are the text range [from, to + 1 day).
 */
final class ReceivedRows {
    static final String BY_RECEIVED = "SELECT " + LetterColumns.ROW + " FROM letters l"
            + " WHERE l.received_at >= ? AND l.received_at < ? ORDER BY l.received_at, l.id";
    static final String CLASSIFIED = "SELECT l.id, l.secrecy FROM letters l WHERE l.secrecy <> 'NORMAL'";

    private ReceivedRows() { }

    static void forEach(Connection c, LocalDate from, LocalDate to, Consumer<RegisterRow> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BY_RECEIVED)) {
            ps.setString(1, from.toString());
            ps.setString(2, to.plusDays(1).toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(LetterColumns.row(rs));
                }
            }
        }
    }

    static Map<Long, Secrecy> classified(Connection c) throws SQLException {
        Map<Long, Secrecy> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(CLASSIFIED); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), Secrecy.valueOf(rs.getString(2)));
            }
        }
        return out;
    }
}
