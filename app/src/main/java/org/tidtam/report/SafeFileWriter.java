package org.tidtam.report;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.tidtam.i18n.TidtamException;

/**
 * Writes an export so that the target either gets the whole file or is left as it was: the content goes to
 * a temporary file in the target's folder (same disk, so the final rename is atomic), is synced, then moved
 * into place. An existing file is replaced only when {@code force} is set.
 */
public final class SafeFileWriter {
    /** Writes the content; may throw, and then nothing is left behind. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private SafeFileWriter() { }

    public static void write(Path target, boolean force, Content content) {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new TidtamException("report.error.noFolder", String.valueOf(dir));
        }
        if (Files.isDirectory(file) || (!force && Files.exists(file))) {
            throw new TidtamException("report.error.exists", file.toString());
        }
        Path tmp = createTemp(file);
        try {
            writeSynced(tmp, content);
            moveIntoPlace(tmp, file, force);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw failure(file, e);
        }
    }

    private static Path createTemp(Path file) {
        try {
            // createFile, unlike createTempFile, keeps the user's usual permissions (not owner-only)
            String name = "." + file.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part";
            return Files.createFile(file.getParent().resolve(name));
        } catch (IOException | SecurityException e) {
            throw new TidtamException(e, "report.error.unwritable", file.toString(), reason(e));
        }
    }

    private static void writeSynced(Path tmp, Content content) throws IOException {
        try (FileOutputStream fos = new FileOutputStream(tmp.toFile())) {
            OutputStream out = new BufferedOutputStream(new KeepOpen(fos), 1 << 16);
            content.writeTo(out);
            out.flush();
            fos.getFD().sync();
        }
    }

    private static void moveIntoPlace(Path tmp, Path file, boolean force) throws IOException {
        if (!force) {
            Files.move(tmp, file); // fails rather than replace a file that appeared meanwhile
            return;
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static TidtamException failure(Path file, Exception e) {
        if (e instanceof TidtamException te) {
            return te;
        }
        if (e instanceof FileAlreadyExistsException) {
            return new TidtamException(e, "report.error.exists", file.toString());
        }
        if (e instanceof AccessDeniedException) {
            return new TidtamException(e, "report.error.unwritable", file.toString(), reason(e));
        }
        return new TidtamException(e, "report.error.failed", file.toString(), reason(e));
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the temporary name starts with a dot and ends in .part, so a leftover is recognisable
        }
    }

    /** Writers may close the stream they are given; the file must stay open until it is synced. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) { super(out); }

        @Override
        public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override
        public void close() throws IOException { flush(); }
    }
}
