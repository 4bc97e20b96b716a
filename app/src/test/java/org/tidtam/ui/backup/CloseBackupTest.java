package org.tidtam.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.app.Core;

/** The backup on close: made into the configured folder; a failure or a read-only Tidtam never throws. */
class CloseBackupTest {
    @TempDir Path dir;

    @Test
    void writesTodaysBackupIntoTheConfiguredFolder() {
        try (Core core = SafetyFixture.withLetters(dir.resolve("tidtam.db"), 2)) {
            core.changeBackupFolder(dir.resolve("usb"));
            assertThat(CloseBackup.run(core, Duration.ofMinutes(1)))
                    .contains(dir.resolve("usb").resolve("tidtam-2025-03-20.db").toAbsolutePath());
        }
    }

    @Test
    void aFolderThatWentAwayIsLoggedNotThrown() throws Exception {
        try (Core core = SafetyFixture.withLetters(dir.resolve("tidtam.db"), 1)) {
            Path stick = dir.resolve("stick");
            core.changeBackupFolder(stick);
            Files.delete(stick);
            Files.writeString(stick, "the drive letter now names a file");
            assertThat(CloseBackup.run(core, Duration.ofMinutes(1))).isEmpty();
        }
    }

    @Test
    void aReadOnlyTidtamLeavesBackupsToTheWriter() {
        Path db = dir.resolve("tidtam.db");
        try (Core writer = SafetyFixture.withLetters(db, 1); Core reader = Core.open(SafetyFixture.config(db))) {
            assertThat(reader.readOnly()).isTrue();
            assertThat(CloseBackup.run(reader, Duration.ofMinutes(1))).isEmpty();
            assertThat(dir.resolve("backups")).doesNotExist();
        }
    }
}
