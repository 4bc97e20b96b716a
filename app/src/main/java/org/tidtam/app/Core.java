package org.tidtam.app;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.tidtam.backup.SingleWriterLock;
import org.tidtam.store.AuditVerifier;
import org.tidtam.store.Database;
import org.tidtam.store.RegisterStore;
import org.tidtam.store.SqliteRegisterStore;

/**
 * The composition root shared by the window and the command line: takes the single-writer lock, opens the
 * database named in the configuration and builds the core services on it. Fronts get services from here,
 * never from statics. When another Tidtam holds the lock the database opens read-only: reads work, every
 * write throws the lock's message naming the holder, and {@link #readOnlyBanner()} gives the window's banner.
 * Closing it closes the database, then releases the lock.
 */
public final class Core implements AutoCloseable {
    private final AppConfig config;
    private final SingleWriterLock lock;
    private final Database database;
    private final RegisterStore registerStore;
    private final AuditVerifier auditVerifier;

    private Core(AppConfig config, SingleWriterLock lock, Database database) {
        this.config = config;
        this.lock = lock;
        this.database = database;
        this.registerStore = new SqliteRegisterStore(database, config.clock());
        this.auditVerifier = new AuditVerifier(database);
    }

    /**
     * Takes the write lock and opens the database (creating and migrating it if needed), or opens it
     * read-only when another Tidtam holds the lock; TidtamException if it cannot be used.
     */
    public static Core open(AppConfig config) {
        createFolder(config);
        SingleWriterLock lock = SingleWriterLock.acquire(config.database(), config.user(), config.clock());
        try {
            Database db = lock.isReadOnly() ? Database.openReadOnly(config.database(), lock::refusal)
                    : Database.open(config.database());
            return new Core(config, lock, db);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void createFolder(AppConfig config) {
        try {
            Files.createDirectories(config.database().toAbsolutePath().getParent());
        } catch (IOException | SecurityException e) {
            // Database.open says clearly that the folder cannot be written; the lock then reads as held
        }
    }

    public AppConfig config() { return config; }

    public Database database() { return database; }

    public RegisterStore registerStore() { return registerStore; }

    public AuditVerifier auditVerifier() { return auditVerifier; }

    /** True when another Tidtam holds the write lock: this one may only look. */
    public boolean readOnly() { return database.readOnly(); }

    /** The banner the window shows when read-only (names the other Tidtam's host, user, start and pid). */
    public Optional<String> readOnlyBanner() { return lock.banner(config.messages()); }

    /** For write paths that do more than one store call: refuses early with the lock's message. */
    public void requireWritable() { lock.requireWritable(); }

    /** The lock this Core holds (or failed to get), e.g. to show who holds it. */
    public SingleWriterLock lock() { return lock; }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            lock.close();
        }
    }
}
