package org.tidtam.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Tidtam keeps its data on each operating system. */
public final class AppPaths {
    public static final String DB_FILE = "tidtam.db";

    private AppPaths() { }

    /**
     * Windows %APPDATA%\Tidtam, macOS ~/Library/Application Support/Tidtam, elsewhere
     * $XDG_DATA_HOME/tidtam or ~/.local/share/tidtam.
     */
    public static Path defaultDataDir(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Tidtam");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Tidtam");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("tidtam");
    }

    public static Path defaultDataDir() {
        return defaultDataDir(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }
}
