package org.tidtam.check;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.tidtam.backup.BackupService;
import org.tidtam.backup.NetworkFileSystems;
import org.tidtam.i18n.Messages;
import org.tidtam.store.Database;
import org.tidtam.store.StoreStats;

/**
 * Help → "copy diagnostic info": versions, paths, database size and counts, and the check results, as plain
 * text to paste into a support request. Holds no letter text, only counts and paths. The labels stay in
 * English on purpose: the text goes to whoever supports Tidtam, whatever language the clerk uses.
 */
public final class Diagnostics {
    private Diagnostics() { }

    /** Gathers everything; runs the checks too (reads the whole file: run it in the background). */
    public static String gather(Database db, Path dataDir, Path logDir, BackupService backups, Clock clock,
                                Messages messages) {
        StringBuilder out = new StringBuilder();
        line(out, "Tidtam", version());
        line(out, "Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        line(out, "OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        line(out, "Time", ZonedDateTime.now(clock).toString());
        line(out, "Database", db.file() + (db.readOnly() ? " (read-only: another Tidtam holds the lock)" : ""));
        line(out, "Data folder", dataDir.toString());
        line(out, "Log folder", logDir.toString());
        line(out, "Backup folder", backups.folder().toString());
        line(out, "Journal mode", NetworkFileSystems.journalModeFor(db.file())
                + (NetworkFileSystems.isNetwork(db.file()) ? " (network filesystem)" : ""));
        StoreStats stats = StoreStats.of(db, false);
        line(out, "Database size", bytes(db.file()) + " bytes (+ WAL " + bytes(Path.of(db.file() + "-wal")) + ")");
        line(out, "Schema version", String.valueOf(db.schemaVersion()));
        line(out, "Letters", String.valueOf(stats.letters()));
        out.append("Checks:").append(System.lineSeparator());
        StringWriter checks = new StringWriter();
        CheckReportWriter.text(new RegisterCheck(db, backups, clock, messages).run(), checks);
        checks.toString().lines().forEach(l -> out.append("  ").append(l).append(System.lineSeparator()));
        return out.toString();
    }

    static String version() {
        String v = Diagnostics.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(label).append(": ").append(value).append(System.lineSeparator());
    }

    private static long bytes(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return -1;
        }
    }
}
