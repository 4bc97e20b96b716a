package org.tidtam.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;

/**
 * What every front needs to start the core: the database file, the data folder beside it, the clock that
 * says what "today" is, the language, and the OS user recorded in the audit log.
 */
public record AppConfig(Path database, Path dataDir, Clock clock, Messages messages, String user) {
    public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    /**
     * Builds the configuration from options (null when not given) and the environment:
     * --db or TIDTAM_DB, --today or TIDTAM_TODAY, --lang or TIDTAM_LANG.
     */
    public static AppConfig resolve(Path dbOption, String todayOption, String langOption, Map<String, String> env) {
        Path db = dbOption != null ? dbOption
                : env.get("TIDTAM_DB") != null && !env.get("TIDTAM_DB").isBlank() ? Path.of(env.get("TIDTAM_DB"))
                : AppPaths.defaultDataDir().resolve(AppPaths.DB_FILE);
        db = db.toAbsolutePath().normalize();
        String today = todayOption != null ? todayOption : env.get("TIDTAM_TODAY");
        String lang = langOption != null ? langOption : env.getOrDefault("TIDTAM_LANG", "th");
        String user = System.getProperty("user.name", "unknown");
        return new AppConfig(db, db.getParent(), clockFor(today), Messages.forLanguage(lang), user);
    }

    /** The system clock in Thailand's zone, or one fixed at 09:00 of the given day (for tests and demos). */
    public static Clock clockFor(String today) {
        if (today == null || today.isBlank()) {
            return Clock.system(ZONE);
        }
        try {
            LocalDate day = LocalDate.parse(today.strip());
            return Clock.fixed(day.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
        } catch (DateTimeParseException e) {
            throw new TidtamException(e, "errors.today.invalid", today);
        }
    }

    public LocalDate today() { return LocalDate.now(clock); }
}
