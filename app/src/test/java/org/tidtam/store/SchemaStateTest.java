package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.i18n.TidtamException;

/** The start path's schema check without Flyway: current, pending, newer, failed, not Tidtam's. */
class SchemaStateTest {
    @TempDir Path dir;

    @Test
    void theShippedMigrationsAreListedFromTheClassPath() {
        TreeSet<Integer> shipped = MigrationFiles.versions().orElseThrow();
        assertThat(shipped).contains(1, 2);
        TreeSet<Integer> parsed = new TreeSet<>();
        MigrationFiles.add(parsed, "V12__perf.sql");
        MigrationFiles.add(parsed, "V3_1__x.sql");
        MigrationFiles.add(parsed, "README.md");
        MigrationFiles.add(parsed, "U2__undo.sql");
        assertThat(parsed).containsExactly(3, 12);
    }

    @Test
    void anUpToDateDatabaseIsRecognisedAndOneWithPendingMigrationsGoesToFlyway() {
        Path file = opened("current.db");
        TreeSet<Integer> shipped = MigrationFiles.versions().orElseThrow();
        assertThat(SchemaState.current(file, readOnly(file), Optional.of(shipped))).contains(shipped.last());
        TreeSet<Integer> more = new TreeSet<>(shipped);
        more.add(shipped.last() + 1);
        assertThat(SchemaState.current(file, readOnly(file), Optional.of(more))).isEmpty();
        assertThat(SchemaState.current(file, readOnly(file), Optional.empty())).isEmpty();
    }

    @Test
    void aNewerSchemaIsRefusedWithoutFlyway() {
        Path file = opened("newer.db");
        TreeSet<Integer> older = new TreeSet<>(java.util.List.of(1));
        assertThatThrownBy(() -> SchemaState.current(file, readOnly(file), Optional.of(older)))
                .isInstanceOfSatisfying(TidtamException.class, e -> assertThat(e.key()).isEqualTo("store.newer"));
    }

    @Test
    void aFailedMigrationAndAForeignDatabaseAreRefused() throws Exception {
        Path file = opened("failed.db");
        exec(file, "UPDATE " + Migrations.HISTORY + " SET success = 0 WHERE version = '2'");
        assertThatThrownBy(() -> SchemaState.current(file, readOnly(file), MigrationFiles.versions()))
                .isInstanceOfSatisfying(TidtamException.class,
                        e -> assertThat(e.key()).isEqualTo("store.migrationFailed"));
        Path other = dir.resolve("other.db");
        exec(other, "CREATE TABLE customers (id INTEGER PRIMARY KEY)");
        assertThatThrownBy(() -> SchemaState.current(other, readOnly(other), MigrationFiles.versions()))
                .isInstanceOfSatisfying(TidtamException.class, e -> assertThat(e.key()).isEqualTo("store.notTidtam"));
    }

    @Test
    void reopeningAnUpToDateDatabaseKeepsItsVersionAndData() throws Exception {
        Path file = opened("again.db");
        exec(file, "INSERT INTO settings (key, value) VALUES ('k', 'v')");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(MigrationFiles.versions().orElseThrow().last());
            String value = db.read(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT value FROM settings")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(value).isEqualTo("v");
        }
    }

    private Path opened(String name) {
        Path file = dir.resolve(name);
        Database.open(file).close();
        return file;
    }

    private static javax.sql.DataSource readOnly(Path file) {
        return Database.dataSource(file, Database.DEFAULT_BUSY_TIMEOUT, true);
    }

    private static void exec(Path file, String sql) throws Exception {
        try (Connection c = DatabaseTest.plain(file); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
