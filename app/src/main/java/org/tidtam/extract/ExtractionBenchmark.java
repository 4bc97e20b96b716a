package org.tidtam.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Measures extraction speed on one core: decoding and extracting the given files over and over, against a
 * plain pass that decodes the same bytes and reads each character once. Time is the thread's CPU time
 * (when the JVM offers it), so other programs on a shared machine do not slow the figures; work is timed
 * in short slices, extraction and plain pass taking turns, and the best slice of each is reported.
 */
public final class ExtractionBenchmark {
    private static final double MB = 1_000_000.0;
    private static final long SLICE_NANOS = 200_000_000L;

    /**
     * Figures of one run.
     *
     * @param files       how many files
     * @param bytes       their size in bytes (UTF-8), one round
     * @param letters     letters found, one round
     * @param rounds      how many rounds of extraction were timed
     * @param seconds     CPU time spent extracting
     * @param bestMbps    extraction MB/s of the best slice
     * @param plainMbps   plain-pass MB/s of the best slice
     */
    public record Result(int files, long bytes, int letters, long rounds, double seconds, double bestMbps,
                         double plainMbps) {
        public double meanMbps() { return bytes * rounds / MB / seconds; }

        public double lettersPerSecond() { return bestMbps * MB / bytes * letters; }

        /** How many times slower extraction is than the plain pass (best slices). */
        public double ratio() { return plainMbps / bestMbps; }
    }

    private final LetterExtractor extractor;

    public ExtractionBenchmark(Clock clock) { this.extractor = new LetterExtractor(clock); }

    public Result run(List<byte[]> files, Duration budget) {
        long bytes = Math.max(1, files.stream().mapToLong(b -> b.length).sum());
        int letters = 0;
        for (byte[] f : files) {
            letters += extractor.extract(new String(f, StandardCharsets.UTF_8), "").letters().size();
        }
        slice(files, true);
        long end = cpuNanos() + budget.toNanos();
        long rounds = 0;
        long nanos = 0;
        double best = 0;
        double plainBest = 0;
        do {
            long[] r = slice(files, true);
            rounds += r[0];
            nanos += r[1];
            best = Math.max(best, bytes * r[0] / MB / (r[1] / 1e9));
            long[] p = slice(files, false);
            plainBest = Math.max(plainBest, bytes * p[0] / MB / (p[1] / 1e9));
        } while (cpuNanos() < end);
        return new Result(files.size(), bytes, letters, rounds, nanos / 1e9, best, plainBest);
    }

    /** Rounds done and CPU nanoseconds taken in one slice of extraction (or of the plain pass). */
    private long[] slice(List<byte[]> files, boolean extract) {
        long start = cpuNanos();
        long rounds = 0;
        long sink = 0;
        do {
            for (byte[] f : files) {
                String s = new String(f, StandardCharsets.UTF_8);
                sink += extract ? extractor.extract(s, "").letters().size() : plain(s);
            }
            rounds++;
        } while (cpuNanos() - start < SLICE_NANOS);
        return new long[] {rounds, Math.max(1, cpuNanos() - start + (sink == Long.MIN_VALUE ? 1 : 0))};
    }

    private static long cpuNanos() {
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        return t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static long plain(String s) {
        long sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += s.charAt(i);
        }
        return sum;
    }
}
