package org.tidtam.app;

import org.tidtam.store.AuditVerifier;
import org.tidtam.store.Database;
import org.tidtam.store.RegisterStore;
import org.tidtam.store.SqliteRegisterStore;

/**
 * The composition root shared by the window and the command line: opens the database named in the
 * configuration and builds the core services on it. Fronts get services from here, never from statics.
 * Closing it closes the database.
 */
public final class Core implements AutoCloseable {
    private final AppConfig config;
    private final Database database;
    private final RegisterStore registerStore;
    private final AuditVerifier auditVerifier;

    private Core(AppConfig config, Database database) {
        this.config = config;
        this.database = database;
        this.registerStore = new SqliteRegisterStore(database, config.clock());
        this.auditVerifier = new AuditVerifier(database);
    }

    /** Opens the database (creating and migrating it if needed); TidtamException if it cannot be used. */
    public static Core open(AppConfig config) {
        return new Core(config, Database.open(config.database()));
    }

    public AppConfig config() { return config; }

    public Database database() { return database; }

    public RegisterStore registerStore() { return registerStore; }

    public AuditVerifier auditVerifier() { return auditVerifier; }

    @Override
    public void close() { database.close(); }
}
