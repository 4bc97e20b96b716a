package org.tidtam.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.app.Core;
import org.tidtam.app.TestLetters;
import org.tidtam.backup.BackupService;

class DiagnosticsTest {
    @TempDir Path dir;

    @Test
    void gathersVersionsPathsCountsAndChecksButNoLetterText() {
        Path db = dir.resolve("tidtam.db");
        try (Core core = Core.open(TestLetters.config(db, "somchai"))) {
            core.registerStore().register(TestLetters.numbered(1), "somchai");
            core.registerStore().register(TestLetters.numbered(2), "somchai");
            String text = Diagnostics.gather(core.database(), dir, dir.resolve("logs"),
                    new BackupService(db, dir.resolve("backups")), TestLetters.CLOCK, core.config().messages());
            assertThat(text).contains("Tidtam: ", "Java: " + System.getProperty("java.version"), "OS: ",
                    "Database: " + db, "Data folder: " + dir, "Log folder: " + dir.resolve("logs"),
                    "Backup folder: " + dir.resolve("backups"), "Journal mode: WAL", "Schema version: " + org.tidtam.backup.KnownSchema.latest(),
                    "Letters: 2", "Database size: ", "  ✓ Audit chain: 2 rows, chain intact",
                    "  ✗ Backup: no backup in " + dir.resolve("backups"));
            assertThat(text).doesNotContain("ขอเชิญประชุม", "ด้วยจังหวัดขอนแก่น");
        }
    }
}
