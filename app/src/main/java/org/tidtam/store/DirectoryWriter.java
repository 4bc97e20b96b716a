package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.Officer;
import org.tidtam.letter.Unit;

/** The writes of {@link SqliteDirectory#replace}, inside the transaction it holds. */
final class DirectoryWriter {
    private final Connection c;

    DirectoryWriter(Connection c) { this.c = c; }

    Map<Long, String> names(String table) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name FROM " + table)) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        }
        return out;
    }

    void deleteOfficer(long id, String name) throws SQLException {
        long used = SqliteDirectory.lettersNaming(c, "officer", name);
        if (used > 0) {
            throw new TidtamException("settings.directory.officerInUse", name, used);
        }
        exec("DELETE FROM officers WHERE id = ?", id);
    }

    void deleteUnit(long id, String name) throws SQLException {
        long used = SqliteDirectory.lettersNaming(c, "unit", name);
        if (used > 0) {
            throw new TidtamException("settings.directory.unitInUse", name, used);
        }
        exec("UPDATE officers SET unit_id = NULL WHERE unit_id = ?", id);
        exec("DELETE FROM units WHERE id = ?", id);
    }

    /** Updates and inserts the units; returns name → id. Renames go through a placeholder so two can swap. */
    Map<String, Long> saveUnits(List<Unit> units) throws SQLException {
        for (Unit u : units) {
            if (u.id() != null) {
                exec("UPDATE units SET name = ? WHERE id = ?", "\u0000" + u.id(), u.id());
            }
        }
        Map<String, Long> ids = new HashMap<>();
        for (Unit u : units) {
            int active = u.active() ? 1 : 0;
            if (u.id() != null) {
                exec("UPDATE units SET name = ?, active = ? WHERE id = ?", u.name(), active, u.id());
                ids.put(u.name(), u.id());
            } else {
                ids.put(u.name(), insert("INSERT INTO units (name, active) VALUES (?, ?)", u.name(), active));
            }
        }
        return ids;
    }

    void saveOfficers(List<Officer> officers, Map<String, Long> unitIds) throws SQLException {
        for (Officer o : officers) {
            if (o.id() != null) {
                exec("UPDATE officers SET name = ? WHERE id = ?", "\u0000" + o.id(), o.id());
            }
        }
        for (Officer o : officers) {
            Long unit = o.unit().isEmpty() ? null : unitIds.get(o.unit());
            int active = o.active() ? 1 : 0;
            if (o.id() != null) {
                exec("UPDATE officers SET name = ?, unit_id = ?, active = ? WHERE id = ?", o.name(), unit, active,
                        o.id());
            } else {
                insert("INSERT INTO officers (name, unit_id, active) VALUES (?, ?, ?)", o.name(), unit, active);
            }
        }
    }

    private void exec(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), params)) {
            ps.executeUpdate();
        }
    }

    private long insert(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS), params)) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static PreparedStatement bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
