package org.tidtam.thai;

/**
 * Puts Thai combining marks back in their Unicode order. Text taken from PDFs (LibreOffice-made ones in
 * particular) comes out with a tone mark before the upper or lower vowel ("เลขท่ี" for "เลขที่") and with
 * sara am split into nikhahit + sara aa ("นํ้า" for "น้ำ"). Unicode normalisation (NFC) fixes neither,
 * because the upper vowels have combining class 0, so the order is mended here by hand.
 */
public final class ThaiMarkOrder {
    private static final char NIKHAHIT = '\u0E4D';
    private static final char SARA_AA = '\u0E32';
    private static final char SARA_AM = '\u0E33';

    private ThaiMarkOrder() { }

    /** "เลขท่ี" → "เลขที่", "พันธ์ุ" → "พันธุ์", "นํ้า" / "น้ํา" → "น้ำ"; everything else unchanged. */
    public static String normalise(CharSequence text) {
        StringBuilder out = new StringBuilder(text);
        joinSaraAm(out);
        moveTonesAfterVowels(out);
        return out.toString();
    }

    /** Tone marks and thanthakhat: written after an upper or lower vowel on the same consonant. */
    static boolean isToneLike(char c) { return c >= '\u0E48' && c <= '\u0E4C'; }

    /** Upper vowels (ั ิ ี ึ ื) and lower vowels (ุ ู ฺ) that a tone mark follows. */
    static boolean isAboveOrBelowVowel(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A');
    }

    private static void moveTonesAfterVowels(StringBuilder s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            char next = s.charAt(i + 1);
            if (isToneLike(c) && isAboveOrBelowVowel(next)) {
                s.setCharAt(i, next);
                s.setCharAt(i + 1, c);
                i++;
            }
        }
    }

    /** ํ + า → ำ, also when a tone mark sits between or before them: the tone goes before ำ. */
    private static void joinSaraAm(StringBuilder s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (s.charAt(i) != NIKHAHIT) {
                continue;
            }
            char next = s.charAt(i + 1);
            if (next == SARA_AA) {
                s.replace(i, i + 2, String.valueOf(SARA_AM));
            } else if (isToneLike(next) && i + 2 < s.length() && s.charAt(i + 2) == SARA_AA) {
                s.replace(i, i + 3, new String(new char[] {next, SARA_AM}));
            }
        }
    }
}
