package org.tidtam.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.tidtam.i18n.TidtamException;

/**
 * Creates and upgrades the schema with Flyway (versioned SQL files in db/migration). Before anything is
 * written it refuses a database that is not Tidtam's or that a newer Tidtam has upgraded: Flyway on its own
 * would ignore migrations it does not know and carry on.
 */
final class Migrations {
    static final String HISTORY = "flyway_schema_history";
    /** Flyway reports every step at INFO; the command line must print one line only. Kept to stay configured. */
    private static final java.util.logging.Logger FLYWAY_LOG = quiet();

    private Migrations() { }

    /** Checks the file through a read-only connection: Tidtam's, and not newer than this build. */
    static void checkCompatible(Path file, DataSource readOnly) {
        if (!hasTables(file, readOnly)) {
            return;
        }
        if (!hasHistory(file, readOnly)) {
            throw new TidtamException("store.notTidtam", file);
        }
        MigrationInfo[] all = flyway(readOnly).info().all();
        int known = latestKnown(all);
        MigrationInfo future = Arrays.stream(all).filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED).reduce((a, b) -> b).orElse(null);
        if (future != null) {
            throw new TidtamException("store.newer", file, future.getVersion().getVersion(), known);
        }
        if (Arrays.stream(all).anyMatch(m -> m.getState().isFailed())) {
            throw new TidtamException("store.migrationFailed", file, "a migration failed earlier");
        }
    }

    /** Applies pending migrations and records the schema version in user_version; returns it. */
    static int migrate(Path file, DataSource readWrite) {
        try {
            Flyway flyway = flyway(readWrite);
            flyway.migrate();
            int version = latestKnown(flyway.info().all());
            try (Connection c = readWrite.getConnection(); Statement s = c.createStatement()) {
                s.execute("PRAGMA user_version = " + version);
            }
            return version;
        } catch (SQLException | RuntimeException e) {
            TidtamException t = SqlErrors.translate(e, file);
            throw "store.failed".equals(t.key()) ? new TidtamException(e, "store.migrationFailed", file,
                    String.valueOf(e.getMessage())) : t;
        }
    }

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.flywaydb");
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    private static Flyway flyway(DataSource ds) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .table(HISTORY).cleanDisabled(true).load();
    }

    private static int latestKnown(MigrationInfo[] all) {
        return Arrays.stream(all).filter(m -> m.getVersion() != null && m.getState().isResolved())
                .mapToInt(m -> Integer.parseInt(m.getVersion().getVersion().split("\\.")[0])).max().orElse(0);
    }

    private static boolean hasTables(Path file, DataSource ds) {
        return count(file, ds, "SELECT count(*) FROM sqlite_master") > 0;
    }

    private static boolean hasHistory(Path file, DataSource ds) {
        return count(file, ds, "SELECT count(*) FROM sqlite_master WHERE name = '" + HISTORY + "'") > 0;
    }

    private static long count(Path file, DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file);
        }
    }
}
