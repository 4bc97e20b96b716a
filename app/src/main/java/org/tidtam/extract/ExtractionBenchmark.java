package org.tidtam.extract;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Measures extraction speed on one core: decoding and extracting the given files over and over for a
 * while, against a plain pass that decodes the same bytes and reads each character once.
 */
public final class ExtractionBenchmark {
    private static final double MB = 1_000_000.0;

    /**
     * Figures of one run.
     *
     * @param files         how many files
     * @param bytes         their size in bytes (UTF-8), one round
     * @param rounds        how many times all files were extracted
     * @param seconds       time spent extracting
     * @param letters       letters found, one round
     * @param plainSeconds  time of one plain round (decode, read every char)
     */
    public record Result(int files, long bytes, long rounds, double seconds, int letters, double plainSeconds) {
        public double megabytesPerSecond() { return bytes * rounds / MB / seconds; }

        public double lettersPerSecond() { return letters * rounds / seconds; }

        public double plainMegabytesPerSecond() { return bytes / MB / plainSeconds; }

        /** How many times slower extraction is than the plain pass. */
        public double ratio() { return plainMegabytesPerSecond() / megabytesPerSecond(); }
    }

    private final LetterExtractor extractor;

    public ExtractionBenchmark(Clock clock) { this.extractor = new LetterExtractor(clock); }

    public Result run(List<byte[]> files, Duration budget) {
        long bytes = files.stream().mapToLong(b -> b.length).sum();
        int letters = 0;
        for (byte[] f : files) {
            letters += extractor.extract(new String(f, StandardCharsets.UTF_8), "").letters().size();
        }
        warmUp(files, budget.dividedBy(4));
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        long rounds = 0;
        do {
            for (byte[] f : files) {
                extractor.extract(new String(f, StandardCharsets.UTF_8), "");
            }
            rounds++;
        } while (System.nanoTime() < deadline);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(files.size(), bytes, rounds, seconds, letters, plainRound(files, budget.dividedBy(4)));
    }

    private void warmUp(List<byte[]> files, Duration d) {
        long end = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < end) {
            for (byte[] f : files) {
                extractor.extract(new String(f, StandardCharsets.UTF_8), "");
            }
        }
    }

    /** Seconds for one plain round, averaged over rounds filling {@code d}. */
    static double plainRound(List<byte[]> files, Duration d) {
        long sink = 0;
        long rounds = 0;
        long start = System.nanoTime();
        long end = start + Math.max(d.toNanos(), 1);
        do {
            for (byte[] f : files) {
                String s = new String(f, StandardCharsets.UTF_8);
                for (int i = 0; i < s.length(); i++) {
                    sink += s.charAt(i);
                }
            }
            rounds++;
        } while (System.nanoTime() < end);
        double seconds = (System.nanoTime() - start) / 1e9 / rounds;
        return sink == 42 ? seconds + 1e-12 : seconds;
    }
}
