package org.tidtam.letter;

import java.time.LocalDateTime;

/**
 * One change to one field of an entry. {@code hash} chains the row to the one before it so an edit made
 * outside Tidtam shows.
 */
public record AuditEntry(long id, long letterId, LocalDateTime at, String user, String field,
                         String oldValue, String newValue, String hash) { }
