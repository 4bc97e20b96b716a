package org.tidtam.extract;

import java.time.LocalDate;

/**
 * An earlier letter cited under อ้างถึง.
 *
 * @param text   the item as written
 * @param number its number (after ที่), null if not given
 * @param date   its date (after ลงวันที่ / ลว.), null if not given
 */
public record Reference(String text, String number, LocalDate date) {
    public Reference {
        text = text == null ? "" : text.strip();
    }
}
