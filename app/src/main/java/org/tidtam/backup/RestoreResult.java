package org.tidtam.backup;

import java.nio.file.Path;

/**
 * A finished restore.
 *
 * @param restored       what the database now holds
 * @param preRestoreCopy the database as it was before, or null when there was none
 */
public record RestoreResult(BackupReport restored, Path preRestoreCopy) { }
