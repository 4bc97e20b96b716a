package org.tidtam.backup;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/** The newest schema version this build can open: the highest migration shipped on the class path. */
public final class KnownSchema {
    public static final String LOCATION = "classpath:db/migration";

    private KnownSchema() { }

    public static int latest() {
        MigrationInfo[] all = Flyway.configure().dataSource("jdbc:sqlite::memory:", "", "")
                .locations(LOCATION).load().info().all();
        return Arrays.stream(all).filter(m -> m.getVersion() != null)
                .mapToInt(m -> major(m.getVersion().getVersion())).max().orElse(0);
    }

    static int major(String version) {
        return Integer.parseInt(version.split("\\.")[0]);
    }
}
