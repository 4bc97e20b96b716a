package org.tidtam.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the window runs with. Measured on the 1,000,000-letter register (docs/decisions/0018):
 * the serial collector and a heap that grows only as needed keep the resident memory under 300 MB where
 * the default collector sized for the machine's RAM took 356 MB; compiling with the quick compiler only
 * and a class archive made at the first run take about a second and a half off the start on two cores.
 * An installer passes the same options and {@link #TUNED}, so its launcher starts the window directly.
 */
public final class WindowJvm {
    /** Set in a JVM started with these options: no second start. */
    public static final String TUNED = "tidtam.tuned";
    /** When the first JVM decided to start the window's, so start-up figures count from what the user started. */
    public static final String LAUNCHED_AT = "tidtam.launchedAt";

    static final List<String> MEMORY_AND_COMPILER = List.of(
            "-XX:+UseSerialGC", "-Xms16m", "-Xmx1g", "-XX:TieredStopAtLevel=1");

    private WindowJvm() { }

    /** Options for the second JVM: ours, the class archive's (none when null), then the user's own -D settings. */
    static List<String> options(StartArchive.Use archive, List<String> inherited, long launchedAt) {
        List<String> all = new ArrayList<>(MEMORY_AND_COMPILER);
        if (archive != null) {
            all.addAll(archive.options());
        }
        all.add("-D" + TUNED + "=true");
        all.add("-D" + LAUNCHED_AT + "=" + launchedAt);
        inherited.stream().filter(o -> o.startsWith("-D") && !o.startsWith("-D" + TUNED)
                && !o.startsWith("-D" + LAUNCHED_AT)).forEach(all::add);
        return all;
    }

    /**
     * Whether the user chose JVM options (a heap size, a collector, an agent): then the window starts in
     * this JVM as given. System properties (-D) alone do not count; they are passed on.
     */
    static boolean userTuned(List<String> inputArguments) {
        return inputArguments.stream().anyMatch(o -> !o.startsWith("-D"));
    }
}
