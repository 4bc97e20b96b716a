package org.tidtam.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.tidtam.i18n.TidtamException;

/**
 * Walks a DOCX's ZIP entries with java.util.zip before POI sees it, counting the bytes actually
 * inflated (never trusting the sizes the archive declares) against the packed bytes consumed, and
 * refuses a ZIP bomb as soon as it crosses a limit — so a 1 MB file that unpacks to 1 GB is refused
 * after inflating about a megabyte, not a gigabyte.
 */
final class ZipGuard {
    /** Below this much unpacked data an entry's ratio is not judged: small XML parts compress very well. */
    static final long RATIO_GRACE_BYTES = IntakeLimits.MB;
    private static final int BUFFER = 64 * 1024;

    private ZipGuard() { }

    static void check(String name, byte[] bytes, IntakeLimits limits, TimeBudget budget) {
        CountingInputStream packed = new CountingInputStream(new ByteArrayInputStream(bytes));
        Totals totals = new Totals();
        try (ZipInputStream zip = new ZipInputStream(packed)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++totals.entries > limits.maxZipEntries()) {
                    throw bomb(name, "entries > " + limits.maxZipEntries());
                }
                inflateEntry(name, zip, packed, totals, limits, budget);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new TidtamException(e, "intake.docx.corrupt", name);
        }
        if (totals.entries == 0) {
            throw new TidtamException("intake.docx.corrupt", name);
        }
    }

    private static final class Totals {
        int entries;
        long inflated;
    }

    private static void inflateEntry(String name, ZipInputStream zip, CountingInputStream packed, Totals totals,
                                     IntakeLimits limits, TimeBudget budget) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long packedStart = packed.count();
        long entryInflated = 0;
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
            entryInflated += n;
            totals.inflated += n;
            if (totals.inflated > limits.maxZipUncompressedBytes()) {
                throw bomb(name, "> " + limits.maxZipUncompressedBytes() / IntakeLimits.MB + " MB");
            }
            long consumed = Math.max(1, packed.count() - packedStart);
            if (entryInflated > RATIO_GRACE_BYTES && entryInflated > consumed * limits.maxCompressionRatio()) {
                throw bomb(name, "ratio > " + limits.maxCompressionRatio());
            }
            budget.check();
        }
    }

    /** The limit that was passed goes to the log (as the cause), not into the clerk's message. */
    private static TidtamException bomb(String name, String which) {
        return new TidtamException(new ZipException("refused: " + which), "intake.docx.zipBomb", name);
    }
}
