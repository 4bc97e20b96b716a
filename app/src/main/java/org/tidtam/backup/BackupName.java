package org.tidtam.backup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File names of backups, named for the register they copy: {@code tidtam-2025-05-15.db} per day for
 * tidtam.db, {@code tidtam-pre-restore-…db} before a restore. Two registers kept in one folder share its
 * backups folder; with one name for both, one register's daily copy replaced the other's and each took the
 * other's copy for its own.
 */
public final class BackupName {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final String DEFAULT_STEM = "tidtam";

    private BackupName() { }

    /** The register's file name without its extension: "tidtam" for tidtam.db. */
    public static String stemOf(Path database) {
        String name = database.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public static String daily(String stem, LocalDate day) { return stem + "-" + day + ".db"; }

    public static String daily(LocalDate day) { return daily(DEFAULT_STEM, day); }

    public static String preRestore(String stem, LocalDateTime at) {
        return stem + "-pre-restore-" + STAMP.format(at) + ".db";
    }

    /** The day in the name of one of this register's daily backups, or empty for any other file. */
    public static Optional<LocalDate> dayOf(String stem, Path file) {
        Matcher m = Pattern.compile(Pattern.quote(stem) + "-(\\d{4}-\\d{2}-\\d{2})\\.db")
                .matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static Optional<LocalDate> dayOf(Path file) { return dayOf(DEFAULT_STEM, file); }
}
