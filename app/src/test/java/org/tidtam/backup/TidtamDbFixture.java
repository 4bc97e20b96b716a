package org.tidtam.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A small database shaped like Tidtam's (the tables and columns the backup code reads), in WAL mode. */
final class TidtamDbFixture {
    private TidtamDbFixture() { }

    static Connection connect(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=10000");
        }
        return c;
    }

    /** Creates the schema at the given version and registers {@code letters} letters with two deadlines each. */
    static Path create(Path file, int schemaVersion, int letters) throws SQLException {
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY, version TEXT,"
                    + " description TEXT, success INTEGER NOT NULL)");
            for (int v = 1; v <= schemaVersion; v++) {
                s.execute("INSERT INTO flyway_schema_history VALUES (" + v + ", '" + v + "', 'v" + v + "', 1)");
            }
            s.execute("CREATE TABLE letters (id INTEGER PRIMARY KEY, reg_year INTEGER NOT NULL, reg_no INTEGER NOT NULL,"
                    + " received_at TEXT NOT NULL, subject TEXT NOT NULL, UNIQUE (reg_year, reg_no))");
            s.execute("CREATE TABLE deadlines (id INTEGER PRIMARY KEY, letter_id INTEGER NOT NULL, due TEXT)");
            s.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, letter_id INTEGER, hash TEXT)");
            for (int i = 0; i < letters; i++) {
                register(c);
            }
        }
        return file;
    }

    /** One letter with two deadlines, in one transaction (so a consistent copy has deadlines = 2 × letters). */
    static void register(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(reg_no), 0) + 1 FROM letters WHERE reg_year = 2568")) {
            rs.next();
            int no = rs.getInt(1);
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO letters (reg_year, reg_no, received_at, subject) VALUES (2568, ?, ?, ?)")) {
                p.setInt(1, no);
                p.setString(2, "2025-05-15T09:" + String.format("%02d", no % 60));
                p.setString(3, "ขอเชิญประชุมคณะกรรมการ ครั้งที่ " + no + " ".repeat(10) + "ก".repeat(300));
                p.executeUpdate();
            }
            s.execute("INSERT INTO deadlines (letter_id, due) SELECT max(id), '2025-06-01' FROM letters");
            s.execute("INSERT INTO deadlines (letter_id, due) SELECT max(id), '2025-06-15' FROM letters");
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static long count(Path file, String table) throws SQLException {
        try (Connection c = connect(file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }
}
