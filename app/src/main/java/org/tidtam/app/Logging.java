package org.tidtam.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * A rolling log in the data folder for support (logs/tidtam-0.log … -4.log, 1 MB each). Nothing is written
 * to the console, so command-line output stays clean. Log calls must never include a letter's text or
 * subject: registers hold personal and classified matters.
 */
public final class Logging {
    private static final int LIMIT_BYTES = 1_000_000;
    private static final int FILES = 5;

    private Logging() { }

    /** Returns the log folder, or null when it cannot be written (the app then runs without a log). */
    public static Path configure(Path dataDir) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Path dir = dataDir.resolve("logs");
            Files.createDirectories(dir);
            Handler file = new FileHandler(dir.resolve("tidtam-%g.log").toString(), LIMIT_BYTES, FILES, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            root.addHandler(file);
            return dir;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** The folder logs go to for the given data folder. */
    public static Path logDir(Path dataDir) { return dataDir.resolve("logs"); }
}
