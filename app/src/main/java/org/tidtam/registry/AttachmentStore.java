package org.tidtam.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.tidtam.i18n.TidtamException;
import org.tidtam.store.Attachment;

/**
 * The originals kept with entries: DATA_DIR/files/ab/abcdef… where the name is the file's SHA-256. Content
 * addressed, so the same file kept twice is one copy, and a copy is never half-written under its final
 * name (written to a temporary file, flushed to disk, then moved into place atomically). Recording it in the
 * register is the store's job (RegisterStore.register(draft, user, attachment)): copy first, then record,
 * so a crash leaves at worst an unreferenced copy, never an entry without its file.
 */
public final class AttachmentStore {
    static final String FOLDER = "files";
    private final Path dataDir;

    public AttachmentStore(Path dataDir) { this.dataDir = Objects.requireNonNull(dataDir, "dataDir"); }

    /**
     * Copies the original into the store (skipped when a copy is already there).
     *
     * @param expectedSha256 the hash the file had when it was read, or null; a file changed since then is refused
     * @return what to record with the entry (addedAt null until the store records it)
     * @throws TidtamException registry.attachment.* quoting the file's name
     */
    public Attachment keep(Path original, String expectedSha256) {
        String name = original.getFileName() == null ? original.toString() : original.getFileName().toString();
        try {
            Path dir = dataDir.resolve(FOLDER);
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".incoming-", ".tmp");
            try {
                String sha = copyHashing(original, tmp);
                if (expectedSha256 != null && !expectedSha256.equals(sha)) {
                    throw new TidtamException("registry.attachment.changed", name);
                }
                Path target = pathOf(sha);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    moveIntoPlace(tmp, target);
                }
                return new Attachment(sha, name, Files.size(target), relative(sha), null);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | SecurityException e) {
            throw new TidtamException(e, "registry.attachment.unwritable", name, e.getMessage());
        }
    }

    /** Where the copy of this hash lives (or would live). */
    public Path pathOf(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
        return dataDir.resolve(relative(sha256));
    }

    /** The kept copy, if it is there. */
    public Optional<Path> locate(String sha256) {
        Path p = pathOf(sha256);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** Opens the kept copy for reading; TidtamException registry.attachment.missing when it is gone. */
    public InputStream open(String sha256) {
        Path p = locate(sha256).orElseThrow(() -> new TidtamException("registry.attachment.missing", sha256));
        try {
            return Files.newInputStream(p);
        } catch (IOException e) {
            throw new TidtamException(e, "registry.attachment.missing", sha256);
        }
    }

    static String relative(String sha256) { return FOLDER + "/" + sha256.substring(0, 2) + "/" + sha256; }

    private static String copyHashing(Path from, Path to) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(from), digest);
             FileChannel ch = FileChannel.open(to, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(ch);
            in.transferTo(out);
            out.flush();
            ch.force(true);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // another import kept the same file a moment ago: same bytes, nothing to do
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
