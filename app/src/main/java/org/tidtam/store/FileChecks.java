package org.tidtam.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.tidtam.i18n.TidtamException;

/**
 * Checks made on the file itself before SQLite touches it, so that a file Tidtam cannot use is never
 * opened for writing (SQLite would otherwise add a journal or change the header).
 */
final class FileChecks {
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private FileChecks() { }

    /** Creates the parent folder if needed and checks that the file and its folder can be written. */
    static void checkUsable(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException | SecurityException e) {
            throw new TidtamException(e, "store.notWritable", file);
        }
        if (Files.isDirectory(file)) {
            throw new TidtamException("store.isFolder", file);
        }
        boolean exists = Files.exists(file);
        if (!Files.isWritable(parent) || exists && !Files.isWritable(file)) {
            throw new TidtamException("store.notWritable", file);
        }
        if (exists && !hasSqliteHeader(file)) {
            throw new TidtamException("store.notSqlite", file);
        }
    }

    /** An empty file is an empty database to SQLite; anything else must start with SQLite's header. */
    static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEADER.length);
            return head.length == 0 || Arrays.equals(head, HEADER);
        } catch (IOException e) {
            throw new TidtamException(e, "store.notReadable", file);
        }
    }
}
