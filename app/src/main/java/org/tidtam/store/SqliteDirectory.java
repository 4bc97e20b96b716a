package org.tidtam.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tidtam.letter.Officer;
import org.tidtam.letter.Unit;

/** The units and officers in the V1 {@code units} and {@code officers} tables. */
public final class SqliteDirectory implements Directory {
    private static final Collator THAI = Collator.getInstance(Locale.forLanguageTag("th-TH"));
    private final Database db;

    public SqliteDirectory(Database db) { this.db = db; }

    @Override
    public List<Unit> units() {
        return db.read(c -> {
            List<Unit> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, active FROM units");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Unit(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1));
                }
            }
            out.sort(Comparator.comparing(Unit::name, THAI));
            return out;
        });
    }

    @Override
    public List<Officer> officers() {
        return db.read(c -> {
            List<Officer> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT o.id, o.name, u.name, o.active FROM officers o "
                    + "LEFT JOIN units u ON u.id = o.unit_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Officer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1));
                }
            }
            out.sort(Comparator.comparing(Officer::name, THAI));
            return out;
        });
    }

    @Override
    public void replace(List<Unit> units, List<Officer> officers) {
        DirectoryRules.check(units, officers);
        db.write(c -> {
            DirectoryWriter w = new DirectoryWriter(c);
            Map<Long, String> savedUnits = w.names("units");
            Map<Long, String> savedOfficers = w.names("officers");
            Set<Long> keptOfficers = ids(officers.stream().map(Officer::id).toList());
            Set<Long> keptUnits = ids(units.stream().map(Unit::id).toList());
            for (Map.Entry<Long, String> gone : removed(savedOfficers, keptOfficers)) {
                w.deleteOfficer(gone.getKey(), gone.getValue());
            }
            for (Map.Entry<Long, String> gone : removed(savedUnits, keptUnits)) {
                w.deleteUnit(gone.getKey(), gone.getValue());
            }
            Map<String, Long> unitIds = w.saveUnits(units);
            w.saveOfficers(officers, unitIds);
            return null;
        });
    }

    private static Set<Long> ids(List<Long> ids) {
        return ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    private static List<Map.Entry<Long, String>> removed(Map<Long, String> saved, Set<Long> kept) {
        return saved.entrySet().stream().filter(e -> !kept.contains(e.getKey())).toList();
    }

    /** How many live or cancelled letters name this unit or officer (column "unit" or "officer"). */
    static long lettersNaming(Connection c, String column, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM letters WHERE " + column + " = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
