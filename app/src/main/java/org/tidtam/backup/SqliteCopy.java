package org.tidtam.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConnection;

/**
 * Copies a live SQLite database through SQLite's online backup API, so the copy is one consistent snapshot
 * even while another connection writes (a plain file copy could catch a half-written page or miss the WAL).
 */
final class SqliteCopy {
    /** All pages in one step: one read transaction, so a busy writer can never make the copy restart forever. */
    private static final int ALL_PAGES = -1;
    private static final int BUSY_SLEEP_MS = 200;
    private static final int BUSY_RETRIES = 50;

    private SqliteCopy() { }

    /** Copies the database file {@code source} to {@code target} (overwritten), then makes target self-contained. */
    static void copy(Path source, Path target) throws SQLException, IOException {
        try (Connection c = open(source, true)) {
            copy(c, target);
        }
    }

    /** Copies the main database of an open connection to {@code target}. */
    static void copy(Connection source, Path target) throws SQLException, IOException {
        Files.deleteIfExists(target);
        SQLiteConnection sqlite = source.unwrap(SQLiteConnection.class);
        int rc = sqlite.getDatabase().backup("main", target.toString(), null, BUSY_SLEEP_MS, BUSY_RETRIES, ALL_PAGES);
        if (rc != 0) {
            throw new SQLException("SQLite backup failed with code " + rc);
        }
        toRollbackJournal(target);
        fsync(target);
    }

    /**
     * A copy of a WAL database says "WAL" in its header; switching it to the rollback journal keeps the copy a
     * single file that opens anywhere, even from a read-only USB stick.
     */
    private static void toRollbackJournal(Path file) throws SQLException {
        try (Connection c = open(file, false); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
        }
    }

    static Connection open(Path file, boolean readOnly) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(10_000);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    static void fsync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }
}
