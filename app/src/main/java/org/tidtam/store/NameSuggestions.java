package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Earlier values of a field, from name_uses (V4__suggest.sql): those that start with what was typed come
 * first, then those that contain it; within each, the most used, then the most lately used.
 */
final class NameSuggestions {
    static final int MAX_LIMIT = 200;
    private static final String SQL = "SELECT name FROM name_uses WHERE field = ? AND uses > 0 "
            + "AND name LIKE ? ESCAPE '\\' ORDER BY substr(name, 1, ?) = ? DESC, uses DESC, last_id DESC LIMIT ?";

    private NameSuggestions() { }

    static List<String> find(Connection c, NameField field, String typed, int limit) throws SQLException {
        String t = typed == null ? "" : typed.strip();
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setString(1, field.key());
            ps.setString(2, "%" + escapeLike(t) + "%");
            ps.setInt(3, t.codePointCount(0, t.length()));
            ps.setString(4, t);
            ps.setInt(5, Math.max(0, Math.min(limit, MAX_LIMIT)));
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
