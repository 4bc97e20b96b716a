package org.tidtam.backup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** File names of backups: {@code tidtam-2025-05-15.db} per day, {@code tidtam-pre-restore-…db} before a restore. */
public final class BackupName {
    private static final Pattern DAILY = Pattern.compile("tidtam-(\\d{4}-\\d{2}-\\d{2})\\.db");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BackupName() { }

    public static String daily(LocalDate day) { return "tidtam-" + day + ".db"; }

    public static String preRestore(LocalDateTime at) { return "tidtam-pre-restore-" + STAMP.format(at) + ".db"; }

    /** The day in a daily backup's name, or empty for any other file (pre-restore copies, user files). */
    public static Optional<LocalDate> dayOf(Path file) {
        Matcher m = DAILY.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
