package org.tidtam.store;

import java.time.LocalDateTime;
import org.tidtam.letter.ChangeKind;
import org.tidtam.letter.RegistrationNumber;

/**
 * A link between two entries: the later letter {@code fromLetter} changed {@code toLetter}'s deadline.
 * Read with the other entry's number and subject so a detail screen can show it without another look-up.
 *
 * @param fromLetter  the later letter (the one that refers with อ้างถึง)
 * @param toLetter    the earlier entry whose deadline changed
 * @param kind        what the change was
 * @param deadlineId  the earlier entry's deadline, null if it is no longer known
 * @param createdAt   when the clerk accepted the change
 * @param otherId     the entry at the other end, seen from the entry whose links were asked for
 * @param otherRegNo  its registration number
 * @param otherNumber its letter number (ที่ …)
 * @param otherSubject its subject
 */
public record LetterLink(long fromLetter, long toLetter, ChangeKind kind, Long deadlineId, LocalDateTime createdAt,
                         long otherId, RegistrationNumber otherRegNo, String otherNumber, String otherSubject) {

    /** True when the entry asked about is the later letter (it changed the other one). */
    public boolean outgoing() { return otherId == toLetter; }
}
