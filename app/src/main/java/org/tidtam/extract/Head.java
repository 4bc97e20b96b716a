package org.tidtam.extract;

import java.time.LocalDate;
import java.util.List;
import org.tidtam.letter.Urgency;

/** The header and footer fields of one letter as {@link HeaderReader} read them (strings as printed). */
record Head(LetterType type, Urgency urgency, String number, boolean circular, LocalDate date, String sender,
            String subject, String to, ReceivedStamp received, List<Reference> references,
            List<String> enclosures, String signer, String position, String phone) {

    Head {
        references = List.copyOf(references);
        enclosures = List.copyOf(enclosures);
    }
}
