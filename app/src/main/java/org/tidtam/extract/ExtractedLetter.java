package org.tidtam.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Span;
import org.tidtam.letter.Urgency;

/**
 * What the extractor proposes for one letter of a file. Every string is as printed in the original text;
 * any field may be null when the letter does not show it.
 *
 * @param span       where this letter stands in the original text
 * @param type       external, memo, stamped, order or announcement
 * @param urgency    ด่วนที่สุด / ด่วนมาก / ด่วน, NORMAL when none
 * @param number     the ที่ line without ที่
 * @param circular   true when the number has ว (หนังสือเวียน)
 * @param date       the letter's own date
 * @param sender     the issuing agency as a clerk writes it in the จาก column
 * @param subject    เรื่อง
 * @param to         เรียน / ถึง
 * @param received   a receiving stamp on it, or null
 * @param references อ้างถึง items
 * @param enclosures สิ่งที่ส่งมาด้วย items
 * @param signer     the name under the signature, without brackets
 * @param position   the signer's position (ตำแหน่ง), acting lines joined
 * @param phone      the contact phone (โทร) as printed
 * @param deadlines  proposed deadlines with evidence spans into the original text
 * @param trace      which rule produced each value, for {@code extract --explain}
 */
public record ExtractedLetter(Span span, LetterType type, Urgency urgency, String number, boolean circular,
                              LocalDate date, String sender, String subject, String to, ReceivedStamp received,
                              List<Reference> references, List<String> enclosures, String signer,
                              String position, String phone, List<Deadline> deadlines, List<Trace> trace) {

    public ExtractedLetter {
        if (span == null || type == null) {
            throw new IllegalArgumentException("an extracted letter needs its span and type");
        }
        urgency = urgency == null ? Urgency.NORMAL : urgency;
        references = references == null ? List.of() : List.copyOf(references);
        enclosures = enclosures == null ? List.of() : List.copyOf(enclosures);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        trace = trace == null ? List.of() : List.copyOf(trace);
    }

    /**
     * A register row to show the clerk for confirmation: header fields and proposed deadlines filled in,
     * the letter's own text attached.
     *
     * @param originalText the whole text this letter was read from
     * @param receivedAt   when the desk received it
     */
    public LetterDraft toDraft(String originalText, LocalDateTime receivedAt) {
        String text = originalText == null ? "" : originalText.substring(
                Math.min(span.start(), originalText.length()), Math.min(span.end(), originalText.length()));
        return new LetterDraft(number, date, sender, to, subject, urgency, Secrecy.NORMAL, receivedAt, "", "",
                "", "", text, deadlines, null, null);
    }
}
