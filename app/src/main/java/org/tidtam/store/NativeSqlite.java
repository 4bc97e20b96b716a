package org.tidtam.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * Keeps the SQLite driver's native library in a cache folder and points the driver at it. Left to itself
 * the driver writes a fresh copy of the 1 MB library into the temp folder at every start and reads it back
 * byte for byte: 60–110 ms of each window start, while the window waits for the register. Call before the
 * first connection; anything wrong here leaves the driver to its own way.
 */
public final class NativeSqlite {
    static final String PATH = "org.sqlite.lib.path";
    static final String NAME = "org.sqlite.lib.name";
    private static final Logger LOG = Logger.getLogger(NativeSqlite.class.getName());

    private NativeSqlite() { }

    /** The folder holding the library (written there on first use), or empty when the driver extracts it. */
    public static java.util.Optional<Path> useCache(Path cacheDir) {
        if (System.getProperty(PATH) != null) {
            return java.util.Optional.empty(); // the user's own setting
        }
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
            // one folder per driver version and platform: a new driver never loads an old library
            Path dir = cacheDir.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-"
                    + OSInfo.getNativeLibFolderPathForCurrentOS().replace('/', '-'));
            Path lib = dir.resolve(name);
            if (!Files.isRegularFile(lib)) {
                write(resource, dir, lib);
            }
            System.setProperty(PATH, dir.toString());
            System.setProperty(NAME, name);
            return java.util.Optional.of(dir);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "the SQLite library is extracted by the driver: the cache folder cannot hold it", e);
            return java.util.Optional.empty();
        }
    }

    /** Written beside and moved into place: a start that stops halfway never leaves half a library. */
    private static void write(String resource, Path dir, Path lib) throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource + " in the driver");
            }
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, lib.getFileName().toString(), ".part");
            try {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isRegularFile(lib)) { // else a second Tidtam starting at once wrote it first (Windows refuses the move)
                    throw e;
                }
            } finally {
                Files.deleteIfExists(part);
            }
        }
    }
}
