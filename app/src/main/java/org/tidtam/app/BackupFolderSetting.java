package org.tidtam.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.tidtam.backup.BackupService;
import org.tidtam.store.SqliteSettings;

/**
 * The backup folder the user chose (a USB drive, a network folder), kept in the database's settings so the
 * window and the command line agree. It travels with the register: a restored backup brings its own choice.
 */
final class BackupFolderSetting {
    static final String KEY = "backup.folder";

    private BackupFolderSetting() { }

    /** The stored folder, or DATA_DIR/backups when none (or an unreadable value) is stored. */
    static Path read(SqliteSettings settings, Path dataDir) {
        return settings.get(KEY).filter(s -> !s.isBlank()).flatMap(BackupFolderSetting::parse)
                .orElseGet(() -> BackupService.defaultFolder(dataDir));
    }

    /** Saves the folder only after a file could be written and deleted there. */
    static void save(SqliteSettings settings, Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        BackupService.requireWritableFolder(abs);
        settings.put(KEY, abs.toString());
    }

    private static java.util.Optional<Path> parse(String text) {
        try {
            return java.util.Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }
}
