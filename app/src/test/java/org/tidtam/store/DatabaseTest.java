package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir Path dir;

    @Test
    void createsTheSchemaInAnEmptyFolderAndReopensIt() throws Exception {
        Path file = dir.resolve("new/sub/tidtam.db");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isGreaterThanOrEqualTo(1);
            assertThat(tables(db)).contains("letters", "letter_texts", "deadlines", "audit_log", "units", "officers",
                    "settings", "attachments", "register_fts", "body_fts", "flyway_schema_history");
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(db, "user_version")).isEqualTo(String.valueOf(db.schemaVersion()));
        }
        try (Database again = Database.open(file)) {
            assertThat(again.schemaVersion()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void anEmptyExistingFileBecomesADatabase() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (Database db = Database.open(file)) {
            assertThat(tables(db)).contains("letters");
        }
    }

    @Test
    void writeRollsBackEverythingWhenWorkFails() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                Database.exec(c, "INSERT INTO settings (key, value) VALUES ('a', 'b')");
                throw new IllegalStateException("boom");
            }));
            long n = db.read(c -> count(c, "settings"));
            assertThat(n).isZero();
        }
    }

    static List<String> tables(Database db) {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    static long count(Connection c, String table) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.getLong(1);
        }
    }

    static Connection plain(Path file) throws java.sql.SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}
