package org.tidtam.registry;

import java.util.Map;
import org.tidtam.letter.Secrecy;

/**
 * The security grade stamped at the top of a letter (ลับ / ลับมาก / ลับที่สุด, often beside the urgency,
 * e.g. "ลับมาก ด่วนที่สุด"). Only the first few lines count: the word ลับ in the body means nothing.
 */
final class SecrecyReader {
    private static final int HEAD_LINES = 6;
    private static final Map<String, Secrecy> GRADES = Map.of(
            "ลับ", Secrecy.CONFIDENTIAL, "ลับมาก", Secrecy.SECRET, "ลับที่สุด", Secrecy.TOP_SECRET);

    private SecrecyReader() { }

    static Secrecy read(String letterText) {
        if (letterText == null) {
            return Secrecy.NORMAL;
        }
        Secrecy found = Secrecy.NORMAL;
        int seen = 0;
        for (String line : letterText.split("\\R", 40)) {
            if (line.isBlank()) {
                continue;
            }
            for (String token : line.strip().split("[\\s()\\[\\]*]+")) {
                Secrecy s = GRADES.get(token);
                if (s != null && s.compareTo(found) > 0) {
                    found = s;
                }
            }
            if (++seen >= HEAD_LINES) {
                break;
            }
        }
        return found;
    }
}
