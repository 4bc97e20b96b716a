package org.tidtam.registry;

import java.time.LocalDateTime;
import org.tidtam.extract.ExtractedLetter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.Secrecy;

/** An extracted letter as a register row: every field the extractor filled, its grade, its deadlines. */
final class DraftBuilder {
    private DraftBuilder() { }

    static LetterDraft draft(ExtractedLetter l, String wholeText, LocalDateTime receivedAt, String remarks) {
        String text = ProposalService.letterText(l, wholeText);
        Secrecy secrecy = SecrecyReader.read(text);
        return new LetterDraft(l.number(), l.date(), l.sender(), l.to(), l.subject(), l.urgency(), secrecy,
                receivedAt, "", "", "", remarks, text, l.deadlines(), null, null);
    }
}
