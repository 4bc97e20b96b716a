package org.tidtam.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.RegistrationNumber;

/**
 * Checks a file before it may replace the register: a SQLite file (by its header), sound (PRAGMA
 * integrity_check), Tidtam's (its tables), of a schema version this build knows, and what it holds.
 * Never writes to the file. Every refusal is a {@link TidtamException} under "backup.inspect.".
 */
public final class BackupInspector {
    static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final List<String> TIDTAM_TABLES = List.of("letters", "deadlines", "audit_log", "flyway_schema_history");

    private final int knownSchemaVersion;

    /** @param knownSchemaVersion the newest schema this build can open ({@link KnownSchema#latest()}) */
    public BackupInspector(int knownSchemaVersion) { this.knownSchemaVersion = knownSchemaVersion; }

    public BackupReport inspect(Path file) { return inspect(file, file); }

    /** Inspects {@code file} (e.g. a working copy) but names {@code shownAs} in messages and the report. */
    BackupReport inspect(Path file, Path shownAs) {
        requireSqliteFile(file);
        try (Connection c = SqliteCopy.open(file, true)) {
            return check(c, file, shownAs);
        } catch (SQLException | IllegalArgumentException e) {
            throw new TidtamException(e, "backup.inspect.corrupt", shownAs, e.getMessage());
        }
    }

    private BackupReport check(Connection c, Path file, Path shownAs) throws SQLException {
        checkIntegrity(c, shownAs);
        checkTables(c, shownAs);
        int version = schemaVersion(c);
        if (version > knownSchemaVersion) {
            throw new TidtamException("backup.inspect.newer", shownAs, version, knownSchemaVersion);
        }
        return report(c, shownAs, sizeOf(file), version);
    }

    /** The cheap first check: the file exists and starts with SQLite's header. */
    static void requireSqliteFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TidtamException("backup.inspect.missing", file);
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                throw new TidtamException("backup.inspect.notSqlite", file);
            }
        } catch (IOException e) {
            throw new TidtamException(e, "backup.inspect.unreadable", file, e.getMessage());
        }
    }

    private static void checkIntegrity(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check(5)")) {
            String first = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(first)) {
                throw new TidtamException("backup.inspect.corrupt", file, first);
            }
        }
    }

    private static void checkTables(Connection c, Path file) throws SQLException {
        for (String table : TIDTAM_TABLES) {
            if (count(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'") == 0) {
                throw new TidtamException("backup.inspect.notTidtam", file, table);
            }
        }
    }

    private static int schemaVersion(Connection c) throws SQLException {
        String sql = "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL";
        int newest = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                newest = Math.max(newest, KnownSchema.major(rs.getString(1)));
            }
        }
        return newest;
    }

    private static BackupReport report(Connection c, Path file, long size, int version) throws SQLException {
        long letters = count(c, "SELECT count(*) FROM letters");
        long deadlines = count(c, "SELECT count(*) FROM deadlines");
        RegistrationNumber newest = null;
        String received = null;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT reg_year, reg_no, received_at FROM letters ORDER BY id DESC LIMIT 1")) {
            if (rs.next()) {
                newest = new RegistrationNumber(rs.getInt(1), rs.getInt(2));
                received = rs.getString(3);
            }
        }
        return new BackupReport(file, size, version, letters, deadlines, newest, received);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
