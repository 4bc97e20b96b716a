package org.tidtam.backup;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a database sits on a network filesystem, where SQLite's WAL mode cannot work (its wal-index is
 * shared memory, which machines do not share) and file locks may be unreliable. See docs/decisions/0008.
 * Detection is best effort: a Windows drive letter mapped to a share reports the server's filesystem type.
 */
public final class NetworkFileSystems {
    private static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs",
            "afpfs", "webdav", "davfs", "fuse.sshfs", "9p", "ncpfs", "fuse.rclone", "fuse.davfs2");

    private NetworkFileSystems() { }

    /** True for a UNC path (\\server\share\…) or a folder whose filesystem type is a network one. */
    public static boolean isNetwork(Path file) {
        Path abs = file.toAbsolutePath();
        Path root = abs.getRoot();
        if (root != null && (root.toString().startsWith("\\\\") || root.toString().startsWith("//"))) {
            return true;
        }
        return isNetworkType(storeType(existingAncestor(abs)));
    }

    static boolean isNetworkType(String type) {
        return type != null && NETWORK_TYPES.contains(type.toLowerCase(Locale.ROOT));
    }

    /**
     * The journal mode to open the database with: WAL on a local disk (readers never wait for the writer),
     * DELETE on a network filesystem (plain byte-range locks on the one file, no shared memory).
     */
    public static String journalModeFor(Path database) { return isNetwork(database) ? "DELETE" : "WAL"; }

    private static Path existingAncestor(Path p) {
        Path q = p;
        while (q != null && !Files.exists(q)) {
            q = q.getParent();
        }
        return q;
    }

    private static String storeType(Path p) {
        if (p == null) {
            return null;
        }
        try {
            FileStore store = Files.getFileStore(p);
            return store.type();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
