package org.tidtam.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.tidtam.i18n.TidtamException;

/**
 * Reads a whole file into memory, but only after checking that it is a regular file within the size
 * limit; the read itself stops one byte past the limit, so a file that grows after the check (or a
 * device that never ends) still cannot exhaust memory.
 */
final class FileLoader {
    private FileLoader() { }

    static byte[] load(Path file, long maxBytes) {
        String name = IoFailures.nameOf(file);
        try {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            if (!Files.isRegularFile(file)) {
                throw new TidtamException("intake.notAFile", name, file.toString());
            }
            refuseIfTooLarge(name, Files.size(file), maxBytes);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                refuseIfTooLarge(name, bytes.length, maxBytes);
                return bytes;
            }
        } catch (IOException e) {
            throw IoFailures.of(file, e);
        }
    }

    static void refuseIfTooLarge(String name, long size, long maxBytes) {
        if (size > maxBytes) {
            throw new TidtamException("intake.tooLarge", name, megabytes(size), megabytes(maxBytes));
        }
    }

    /** One decimal place, at least 0.1, so a limit of a few KB does not read "0 MB". */
    private static String megabytes(long bytes) {
        double mb = Math.max(0.1, bytes / (double) IntakeLimits.MB);
        return String.format(java.util.Locale.ROOT, "%.1f", mb);
    }
}
