package org.tidtam.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.tidtam.backup.NetworkFileSystems;
import org.tidtam.i18n.TidtamException;

/**
 * The one SQLite file that holds the register. Opening checks the file before writing to it (see
 * {@link FileChecks}, {@link SchemaState}, {@link Migrations}), then migrates the schema; an up-to-date schema
 * is recognised with plain queries and Flyway is not started at all (docs/decisions/0016). Writes go through one connection,
 * each in a BEGIN IMMEDIATE transaction (so a second process waits for, or is refused, the write lock
 * instead of corrupting anything); reads use a second connection so the window can page while an import
 * writes (WAL lets them run side by side).
 */
public final class Database implements AutoCloseable {
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

    private final Path file;
    private final Connection writer;
    private final Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private final int schemaVersion;
    /** Null when writable; else what every write throws (e.g. "another Tidtam holds the lock"). */
    private final Supplier<? extends RuntimeException> readOnlyRefusal;

    private Database(Path file, Connection writer, Connection reader, int schemaVersion,
                     Supplier<? extends RuntimeException> readOnlyRefusal) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
        this.schemaVersion = schemaVersion;
        this.readOnlyRefusal = readOnlyRefusal;
    }

    public static Database open(Path file) { return open(file, DEFAULT_BUSY_TIMEOUT); }

    /** Opens (creating if needed) and migrates the database; TidtamException "store.*" if it cannot be used. */
    public static Database open(Path file, Duration busyTimeout) {
        Path abs = file.toAbsolutePath().normalize();
        FileChecks.checkUsable(abs);
        SQLiteDataSource rw = dataSource(abs, busyTimeout, false);
        Optional<Integer> current = Optional.empty();
        if (sizeOf(abs) > 0) {
            SQLiteDataSource ro = dataSource(abs, busyTimeout, true);
            current = SchemaState.current(abs, ro, MigrationFiles.versions());
            if (current.isEmpty()) {
                Migrations.checkCompatible(abs, ro);
            }
        }
        int version = current.isPresent() ? current.get() : Migrations.migrate(abs, rw);
        Connection w = null;
        try {
            w = rw.getConnection();
            probeWriteLock(w);
            return new Database(abs, w, rw.getConnection(), version, null);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(w);
            throw SqlErrors.translate(e, abs);
        }
    }

    /**
     * Opens an existing database for reading only (another Tidtam holds the write lock): SQLite read-only
     * and query_only, no migration, no write probe. Every {@link #write} throws {@code refusal}'s exception.
     */
    public static Database openReadOnly(Path file, Supplier<? extends RuntimeException> refusal) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs) || sizeOf(abs) == 0) {
            throw refusal.get();
        }
        if (!FileChecks.hasSqliteHeader(abs)) {
            throw new TidtamException("store.notSqlite", abs);
        }
        SQLiteDataSource ro = dataSource(abs, DEFAULT_BUSY_TIMEOUT, true);
        if (SchemaState.current(abs, ro, MigrationFiles.versions()).isEmpty()) {
            Migrations.checkCompatible(abs, ro);
        }
        Connection r = null;
        try {
            r = ro.getConnection();
            exec(r, "PRAGMA query_only = 1");
            return new Database(abs, null, r, userVersion(r), refusal);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(r);
            throw SqlErrors.translate(e, abs);
        }
    }

    public Path file() { return file; }

    /** True when opened by {@link #openReadOnly}: reads work, writes are refused. */
    public boolean readOnly() { return readOnlyRefusal != null; }

    /** The version of the newest migration applied (also in PRAGMA user_version). */
    public int schemaVersion() { return schemaVersion; }

    /** Runs work in one BEGIN IMMEDIATE transaction: all of it is committed, or none of it. */
    public <T> T write(SqlWork<T> work) {
        if (readOnlyRefusal != null) {
            throw readOnlyRefusal.get();
        }
        writeLock.lock();
        try {
            exec(writer, "BEGIN IMMEDIATE");
            try {
                T result = work.run(writer);
                exec(writer, "COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            throw SqlErrors.translate(e, file);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs read-only work on the reading connection, in one read transaction (a consistent snapshot). */
    public <T> T read(SqlWork<T> work) {
        readLock.lock();
        try {
            exec(reader, "BEGIN");
            try {
                return work.run(reader);
            } finally {
                exec(reader, "COMMIT");
            }
        } catch (SQLException | RuntimeException e) {
            throw SqlErrors.translate(e, file);
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        try {
            closeQuietly(reader);
            closeQuietly(writer);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    static SQLiteDataSource dataSource(Path file, Duration busyTimeout, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.enforceForeignKeys(true);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.valueOf(NetworkFileSystems.journalModeFor(file)));
            // FULL: a committed registration survives a power cut too, not only a crash of Tidtam.
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void probeWriteLock(Connection c) throws SQLException {
        exec(c, "BEGIN IMMEDIATE");
        exec(c, "ROLLBACK");
    }

    private void rollback() {
        try {
            exec(writer, "ROLLBACK");
        } catch (SQLException ignored) {
            // SQLite already rolled back (e.g. after SQLITE_FULL); nothing was committed.
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (java.io.IOException e) {
            throw new TidtamException(e, "store.notReadable", file);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // closing: nothing left to protect
        }
    }
}
