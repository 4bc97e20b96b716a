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

    /**
     * Files that can be made again (the start-up class archive): Windows %LOCALAPPDATA%\Tidtam\cache (not
     * the roaming profile), macOS ~/Library/Caches/Tidtam, elsewhere $XDG_CACHE_HOME/tidtam or ~/.cache/tidtam.
     */
    public static Path cacheDir(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return base.resolve("Tidtam").resolve("cache");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Caches", "Tidtam");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".cache");
        return base.resolve("tidtam");
    }

    public static Path cacheDir() {
        return cacheDir(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    public static Path defaultDataDir() {
        return defaultDataDir(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }
}
