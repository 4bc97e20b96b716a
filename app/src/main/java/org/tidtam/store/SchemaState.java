package org.tidtam.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.tidtam.i18n.TidtamException;

/**
 * The schema's state read with two plain queries, so that opening an up-to-date register does not need
 * Flyway at all (building it and scanning the class path cost about a second of every start). It refuses
 * what Flyway's check refuses: a database that is not Tidtam's, one a newer Tidtam upgraded, one with a
 * failed migration. Anything else that is not exactly current goes to Flyway as before.
 */
final class SchemaState {
    private SchemaState() { }

    /**
     * The schema version when the file is Tidtam's and holds every shipped migration and no other; empty
     * when Flyway must look (new file, pending migrations, files not listable). Throws the refusals.
     */
    static Optional<Integer> current(Path file, DataSource readOnly, Optional<TreeSet<Integer>> shipped) {
        try (Connection c = readOnly.getConnection(); Statement s = c.createStatement()) {
            if (count(s, "SELECT count(*) FROM sqlite_master") == 0) {
                return Optional.empty();
            }
            if (count(s, "SELECT count(*) FROM sqlite_master WHERE name = '" + Migrations.HISTORY + "'") == 0) {
                throw new TidtamException("store.notTidtam", file);
            }
            TreeSet<Integer> applied = new TreeSet<>();
            boolean failed = false;
            try (ResultSet rs = s.executeQuery("SELECT version, success FROM " + Migrations.HISTORY
                    + " WHERE version IS NOT NULL")) {
                while (rs.next()) {
                    applied.add(Integer.parseInt(rs.getString(1).split("\\.")[0]));
                    failed |= rs.getInt(2) == 0;
                }
            }
            return judge(file, applied, failed, shipped);
        } catch (SQLException | NumberFormatException e) {
            return Optional.empty(); // unusual history: Flyway's own check gives the precise answer
        }
    }

    private static Optional<Integer> judge(Path file, TreeSet<Integer> applied, boolean failed,
                                           Optional<TreeSet<Integer>> shipped) {
        if (shipped.isEmpty()) {
            return Optional.empty();
        }
        int known = shipped.get().last();
        if (!applied.isEmpty() && applied.last() > known) {
            throw new TidtamException("store.newer", file, String.valueOf(applied.last()), known);
        }
        if (failed) {
            throw new TidtamException("store.migrationFailed", file, "a migration failed earlier");
        }
        return applied.equals(shipped.get()) ? Optional.of(known) : Optional.empty();
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
