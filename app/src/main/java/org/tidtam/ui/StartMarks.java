package org.tidtam.ui;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Milestones of one start, written to the log with the start-up line so a slow start shows which step took
 * the time. Counted from the JVM's own start time (ProcessHandle's start instant is derived from the boot
 * time in whole seconds and was up to 0.5 s off), or from the first JVM's launch. No JavaFX here: Main
 * marks before the toolkit loads.
 */
public final class StartMarks {
    private static final Map<String, Long> MARKS = new LinkedHashMap<>();

    private StartMarks() { }

    public static synchronized void mark(String step) {
        MARKS.putIfAbsent(step, System.currentTimeMillis());
    }

    /** Milliseconds from the JVM's start to now. */
    static long sinceStart() {
        return System.currentTimeMillis() - jvmStart();
    }

    static synchronized String summary() {
        long start = jvmStart();
        return MARKS.entrySet().stream().map(e -> e.getKey() + " " + (e.getValue() - start))
                .collect(Collectors.joining(", "));
    }

    /**
     * When the first JVM decided to start this one (see org.tidtam.launch: 40–60 ms after that JVM started),
     * else this JVM's own start time. Read lazily: the management bean takes 50–70 ms to load.
     */
    private static long jvmStart() {
        Long launched = Long.getLong(org.tidtam.launch.WindowJvm.LAUNCHED_AT);
        return launched != null ? launched : ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
