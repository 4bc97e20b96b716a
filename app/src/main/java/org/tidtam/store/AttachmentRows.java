package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The attachments table, inside a transaction the caller holds. */
final class AttachmentRows {
    private AttachmentRows() { }

    static void insert(Connection c, long letterId, Attachment a, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attachments "
                + "(letter_id, sha256, name, size, stored_path, added_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, letterId);
            ps.setString(2, a.sha256());
            ps.setString(3, a.name());
            ps.setLong(4, a.size());
            ps.setString(5, a.storedPath());
            ps.setString(6, now.toString());
            ps.executeUpdate();
        }
    }

    static List<Attachment> of(Connection c, long letterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sha256, name, size, stored_path, added_at "
                + "FROM attachments WHERE letter_id = ? ORDER BY id")) {
            ps.setLong(1, letterId);
            List<Attachment> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Attachment(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            LocalDateTime.parse(rs.getString(5))));
                }
            }
            return out;
        }
    }

    /**
     * Live entries that may be the same letter: the same letter date (the caller compares number and
     * sender, normalised), or the same file kept with them. Cancelled entries do not count: a letter
     * registered by mistake and cancelled may be registered again.
     */
    static List<RegisterRow> candidates(Connection c, String letterDate, String sha256) throws SQLException {
        String sql = "SELECT " + LetterColumns.ROW + " FROM letters l WHERE l.cancelled_at IS NULL AND l.id IN ("
                + "SELECT id FROM letters WHERE letter_date = ? UNION SELECT id FROM letters WHERE file_sha256 = ? "
                + "UNION SELECT letter_id FROM attachments WHERE sha256 = ?) ORDER BY l.reg_year, l.reg_no";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, letterDate);
            ps.setString(2, sha256);
            ps.setString(3, sha256);
            List<RegisterRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(LetterColumns.row(rs));
                }
            }
            return out;
        }
    }
}
