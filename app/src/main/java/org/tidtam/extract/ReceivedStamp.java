package org.tidtam.extract;

import java.time.LocalDate;
import org.tidtam.letter.Span;

/**
 * A receiving stamp (ตรารับหนังสือ) found on a letter: เลขรับ as printed and its วันที่.
 *
 * @param number as printed, digits as OCR gave them ("๖281")
 * @param date   null when missing, unreadable, or before the letter's own date (an OCR slip)
 * @param span   the stamp's lines in the original text
 */
public record ReceivedStamp(String number, LocalDate date, Span span) {
    public ReceivedStamp {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a receiving stamp needs its number");
        }
    }
}
