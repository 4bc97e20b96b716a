package org.tidtam.store;

import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.Urgency;

/**
 * Which rows of the register to show. Every field may be null (no filter).
 *
 * @param yearBe   the พ.ศ. year of the registration number
 * @param text     words or a Thai substring to find in number, sender, subject and text
 * @param urgency  only letters of this urgency
 * @param status   only letters in this routing status
 * @param assignee only letters assigned to this unit or officer
 */
public record RegisterQuery(Integer yearBe, String text, Urgency urgency, LetterStatus status, String assignee) {
    public static RegisterQuery year(int yearBe) { return new RegisterQuery(yearBe, null, null, null, null); }

    public static RegisterQuery all() { return new RegisterQuery(null, null, null, null, null); }

    public RegisterQuery withText(String newText) {
        return new RegisterQuery(yearBe, newText, urgency, status, assignee);
    }
}
