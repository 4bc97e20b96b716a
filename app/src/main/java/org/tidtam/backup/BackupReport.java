package org.tidtam.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.RegistrationNumber;

/**
 * What a candidate backup holds, shown to the user before a restore. Only made for a file that passed every
 * check: a sound SQLite file, Tidtam's tables, a schema version this build knows.
 *
 * @param file           the file inspected
 * @param sizeBytes      its size
 * @param schemaVersion  the newest migration applied to it
 * @param letters        entries in the register
 * @param deadlines      deadlines stored
 * @param newestRegNo    registration number of the newest entry, null when the register is empty
 * @param newestReceived received date and time of that entry (ISO text as stored), null when empty
 */
public record BackupReport(Path file, long sizeBytes, int schemaVersion, long letters, long deadlines,
                           RegistrationNumber newestRegNo, String newestReceived) {
    public BackupReport {
        if (letters < 0 || deadlines < 0 || sizeBytes < 0) {
            throw new IllegalArgumentException("negative count in a backup report");
        }
    }

    /** Whether two reports describe the same content (the file may differ: a copy of the same backup). */
    public boolean sameContentAs(BackupReport o) {
        return schemaVersion == o.schemaVersion && letters == o.letters && deadlines == o.deadlines
                && java.util.Objects.equals(newestRegNo, o.newestRegNo)
                && java.util.Objects.equals(newestReceived, o.newestReceived);
    }

    /** The lines to show the user, in their language. */
    public List<String> describe(Messages m) {
        List<String> lines = new ArrayList<>();
        lines.add(m.get("backup.report.file", file, String.format("%.1f", sizeBytes / 1e6)));
        lines.add(m.get("backup.report.integrity"));
        lines.add(m.get("backup.report.schema", schemaVersion));
        lines.add(m.get("backup.report.counts", letters, deadlines));
        lines.add(newestRegNo == null ? m.get("backup.report.empty")
                : m.get("backup.report.newest", newestRegNo.toString(), newestReceived));
        return lines;
    }
}
