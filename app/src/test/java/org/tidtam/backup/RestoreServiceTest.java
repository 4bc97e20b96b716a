package org.tidtam.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.backup.BackupInspectorTest.refused;
import static org.tidtam.backup.BackupServiceTest.on;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreServiceTest {
    @TempDir Path dir;

    private RestoreService restoreInto(Path db) {
        return new RestoreService(db, dir.resolve("backups"), new BackupInspector(1));
    }

    @Test
    void roundTripBringsTheDataBackAndKeepsThePreviousDatabase() throws Exception {
        Path db = TidtamDbFixture.create(dir.resolve("tidtam.db"), 1, 10);
        Path backup = new BackupService(db, dir.resolve("backups")).backupNow(on("2025-05-15"));
        try (Connection c = TidtamDbFixture.connect(db)) {
            for (int i = 0; i < 5; i++) {
                TidtamDbFixture.register(c);
            }
        }
        RestoreService restore = restoreInto(db);

        BackupReport report = restore.inspect(backup);
        RestoreResult result = restore.restore(backup, report, on("2025-05-16"));

        assertThat(TidtamDbFixture.count(db, "letters")).isEqualTo(10);
        assertThat(TidtamDbFixture.count(db, "deadlines")).isEqualTo(20);
        assertThat(result.restored().letters()).isEqualTo(10);
        assertThat(result.preRestoreCopy()).exists()
                .hasFileName("tidtam-pre-restore-20250516-090000.db");
        assertThat(TidtamDbFixture.count(result.preRestoreCopy(), "letters")).isEqualTo(15);
        assertThat(Path.of(db + "-wal")).doesNotExist();
        assertThat(Path.of(db + ".restore.tmp")).doesNotExist();
        assertThat(backup).exists();
    }

    @Test
    void restoresIntoAFolderWithNoDatabaseYet() throws Exception {
        Path backup = TidtamDbFixture.create(dir.resolve("from-usb.db"), 1, 3);
        Path db = dir.resolve("new-pc").resolve("tidtam.db");
        Files.createDirectories(db.getParent());
        RestoreService restore = restoreInto(db);
        RestoreResult result = restore.restore(backup, restore.inspect(backup), on("2025-05-16"));
        assertThat(result.preRestoreCopy()).isNull();
        assertThat(TidtamDbFixture.count(db, "letters")).isEqualTo(3);
    }

    @Test
    void aRefusedRestoreLeavesTheDatabaseByteIdentical() throws Exception {
        Path db = TidtamDbFixture.create(dir.resolve("tidtam.db"), 1, 10);
        BackupInspectorTest.checkpoint(db);
        byte[] before = Files.readAllBytes(db);
        Path newer = TidtamDbFixture.create(dir.resolve("newer.db"), 2, 1);
        Path junk = Files.writeString(dir.resolve("junk.db"), "not sqlite at all");
        RestoreService restore = restoreInto(db);
        BackupReport good = restore.inspect(db);

        refused(() -> restore.restore(newer, good, on("2025-05-16")), "backup.inspect.newer", "newer.db");
        refused(() -> restore.restore(junk, good, on("2025-05-16")), "backup.inspect.notSqlite", "junk.db");

        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(dir.resolve("backups")).doesNotExist();
        assertThat(Path.of(db + ".restore.tmp")).doesNotExist();
    }

    @Test
    void refusesAFileThatChangedAfterTheUserConfirmed() throws Exception {
        Path db = TidtamDbFixture.create(dir.resolve("tidtam.db"), 1, 10);
        Path backup = TidtamDbFixture.create(dir.resolve("b.db"), 1, 4);
        RestoreService restore = restoreInto(db);
        BackupReport confirmed = restore.inspect(backup);
        try (Connection c = TidtamDbFixture.connect(backup)) {
            TidtamDbFixture.register(c);
        }
        refused(() -> restore.restore(backup, confirmed, on("2025-05-16")), "backup.restore.changed", "b.db");
        assertThat(TidtamDbFixture.count(db, "letters")).isEqualTo(10);
    }

    @Test
    void refusesWhileTheDatabaseIsStillOpen() throws Exception {
        Path db = TidtamDbFixture.create(dir.resolve("tidtam.db"), 1, 10);
        Path backup = TidtamDbFixture.create(dir.resolve("b.db"), 1, 4);
        RestoreService restore = restoreInto(db);
        try (Connection open = TidtamDbFixture.connect(db); Statement s = open.createStatement()) {
            s.execute("PRAGMA busy_timeout=100");
            s.executeQuery("SELECT count(*) FROM letters").close();
            refused(() -> restore.restore(backup, restore.inspect(backup), on("2025-05-16")),
                    "backup.restore.inUse", "tidtam.db");
        }
        assertThat(TidtamDbFixture.count(db, "letters")).isEqualTo(10);
    }
}
