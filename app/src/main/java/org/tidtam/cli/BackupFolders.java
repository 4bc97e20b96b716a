package org.tidtam.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.backup.BackupService;

/** The backup folder a command uses: its --folder option, else the one stored in the register's settings. */
final class BackupFolders {
    private BackupFolders() { }

    /**
     * Opens the register only when it exists (so a backup of a missing database still says "no database"
     * instead of creating an empty one); while the window runs, that open is read-only, which reads fine.
     */
    static Path resolve(AppConfig config, Path option) {
        if (option != null) {
            return option;
        }
        if (!Files.isRegularFile(config.database())) {
            return BackupService.defaultFolder(config.dataDir());
        }
        try (Core core = Core.open(config)) {
            return core.backupFolder();
        }
    }
}
