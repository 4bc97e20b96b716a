package org.tidtam.store;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An original file kept with an entry: a copy under the data folder named by its SHA-256, so the clerk
 * can move or delete the original without losing anything.
 *
 * @param sha256     lowercase hex SHA-256 of the file's bytes
 * @param name       the original file's name (no folder), as the clerk knew it
 * @param size       bytes
 * @param storedPath where the copy is, relative to the data folder (files/ab/abcd…)
 * @param addedAt    when it was recorded; null before it is stored
 */
public record Attachment(String sha256, String name, long size, String storedPath, LocalDateTime addedAt) {
    public Attachment {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(storedPath, "storedPath");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative size: " + size);
        }
    }
}
