package org.tidtam.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.tidtam.i18n.TidtamException;

/**
 * Walks a DOCX's ZIP entries with java.util.zip before POI sees it, counting the bytes actually
 * inflated (never trusting the sizes the archive declares), and refuses a ZIP bomb as soon as it
 * crosses a limit — so a 40 KB file that unpacks to 4 GB costs a few milliseconds, not the heap.
 */
final class ZipGuard {
    /** Below this much unpacked data the ratio is not judged: small XML parts compress very well. */
    static final long RATIO_GRACE_BYTES = IntakeLimits.MB;
    private static final int BUFFER = 64 * 1024;

    private ZipGuard() { }

    static void check(String name, byte[] bytes, IntakeLimits limits, TimeBudget budget) {
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxZipEntries()) {
                    throw bomb(name, "entries > " + limits.maxZipEntries());
                }
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    total += n;
                    checkSize(name, total, bytes.length, limits);
                    budget.check();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new TidtamException(e, "intake.docx.corrupt", name);
        }
        if (entries == 0) {
            throw new TidtamException("intake.docx.corrupt", name);
        }
    }

    private static void checkSize(String name, long total, long packed, IntakeLimits limits) {
        if (total > limits.maxZipUncompressedBytes()) {
            throw bomb(name, "> " + limits.maxZipUncompressedBytes() / IntakeLimits.MB + " MB");
        }
        if (total > RATIO_GRACE_BYTES && total > packed * limits.maxCompressionRatio()) {
            throw bomb(name, "ratio > " + limits.maxCompressionRatio());
        }
    }

    private static TidtamException bomb(String name, String which) {
        return new TidtamException("intake.docx.zipBomb", name, which);
    }
}
