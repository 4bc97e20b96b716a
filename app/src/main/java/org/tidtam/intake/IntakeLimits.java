package org.tidtam.intake;

import java.time.Duration;
import java.util.Objects;

/**
 * How much a file may cost to read. Every limit turns a hostile or broken file into a clear message
 * instead of a frozen window or an out-of-memory crash; the defaults leave ample room for real letters
 * (a few pages, a few KB of text).
 *
 * @param maxFileBytes files larger than this are refused before a byte is read
 * @param maxChars extracted text is cut here (with a warning)
 * @param maxZipEntries a DOCX with more ZIP entries is refused
 * @param maxZipUncompressedBytes a DOCX that unpacks to more than this is refused
 * @param maxCompressionRatio a DOCX whose unpacked size exceeds this many times its packed size is refused
 * @param maxPdfPages only the first this-many pages of a PDF are read (with a warning)
 * @param timeBudget reading one file gives up after this long
 */
public record IntakeLimits(long maxFileBytes, int maxChars, int maxZipEntries, long maxZipUncompressedBytes,
                           int maxCompressionRatio, int maxPdfPages, Duration timeBudget) {
    public static final long MB = 1024L * 1024L;

    public IntakeLimits {
        requirePositive(maxFileBytes, "maxFileBytes");
        requirePositive(maxChars, "maxChars");
        requirePositive(maxZipEntries, "maxZipEntries");
        requirePositive(maxZipUncompressedBytes, "maxZipUncompressedBytes");
        requirePositive(maxCompressionRatio, "maxCompressionRatio");
        requirePositive(maxPdfPages, "maxPdfPages");
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive: " + timeBudget);
        }
    }

    /** 50 MB files, 2 million characters, DOCX ≤ 2,000 entries / 200 MB unpacked / ratio 100, 500 PDF pages, 60 s. */
    public static IntakeLimits defaults() {
        return new IntakeLimits(50 * MB, 2_000_000, 2_000, 200 * MB, 100, 500, Duration.ofSeconds(60));
    }

    public IntakeLimits withMaxFileBytes(long bytes) {
        return new IntakeLimits(bytes, maxChars, maxZipEntries, maxZipUncompressedBytes, maxCompressionRatio,
                maxPdfPages, timeBudget);
    }

    public IntakeLimits withMaxChars(int chars) {
        return new IntakeLimits(maxFileBytes, chars, maxZipEntries, maxZipUncompressedBytes, maxCompressionRatio,
                maxPdfPages, timeBudget);
    }

    public IntakeLimits withMaxPdfPages(int pages) {
        return new IntakeLimits(maxFileBytes, maxChars, maxZipEntries, maxZipUncompressedBytes,
                maxCompressionRatio, pages, timeBudget);
    }

    public IntakeLimits withZipLimits(int entries, long uncompressedBytes, int compressionRatio) {
        return new IntakeLimits(maxFileBytes, maxChars, entries, uncompressedBytes, compressionRatio,
                maxPdfPages, timeBudget);
    }

    public IntakeLimits withTimeBudget(Duration budget) {
        return new IntakeLimits(maxFileBytes, maxChars, maxZipEntries, maxZipUncompressedBytes,
                maxCompressionRatio, maxPdfPages, budget);
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
