package org.tidtam.letter;

import java.time.LocalDateTime;

/**
 * A registered entry of the incoming register. Entries are never deleted: a cancelled one keeps its number
 * and shows struck through.
 *
 * @param id           database id
 * @param regNo        เลขทะเบียนรับ
 * @param fields       the register's columns and routing
 * @param status       routing status
 * @param cancellation null unless the entry was cancelled
 * @param createdAt    when it was saved
 */
public record Letter(long id, RegistrationNumber regNo, LetterDraft fields, LetterStatus status,
                     Cancellation cancellation, LocalDateTime createdAt) {

    /** Why and when an entry was cancelled (ยกเลิก). */
    public record Cancellation(String reason, String by, LocalDateTime at) { }

    public boolean isCancelled() { return cancellation != null; }
}
