package org.tidtam.report;

/**
 * POI logs through the Log4j API, and commons-logging (used by PDFBox) prefers it when present; with no
 * Log4j provider on the class path Log4j prints "could not find a logging provider" to stderr. Its own
 * simple context, with its default ERROR threshold, keeps that line out of the command's output.
 */
final class QuietLog4j {
    private static final String KEY = "log4j2.loggerContextFactory";

    private QuietLog4j() { }

    static void install() {
        if (System.getProperty(KEY) == null) {
            System.setProperty(KEY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }
}
