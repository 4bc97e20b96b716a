package org.tidtam.backup;

import java.nio.file.Path;

/**
 * A finished restore.
 *
 * @param restored       what the database now holds (the report of the checked copy that was put in place)
 * @param preRestoreCopy the database as it was before, or null when there was none
 */
public record RestoreResult(BackupReport restored, Path preRestoreCopy) { }
