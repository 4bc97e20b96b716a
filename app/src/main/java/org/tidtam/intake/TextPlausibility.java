package org.tidtam.intake;

/**
 * Judges whether decoded text is real text rather than mojibake or binary. A wrong guess of encoding
 * usually shows as control characters, replacement characters, or (for Thai) vowels and tone marks
 * floating with no consonant to sit on — real Thai never has those.
 */
final class TextPlausibility {
    /** Share of characters that may be odd controls (a DOS end-of-file mark, a stray form feed). */
    private static final double MAX_BAD_SHARE = 0.001;
    /** Share of Thai marks and leading vowels allowed out of place (typos, OCR noise). */
    private static final double MAX_MISPLACED_THAI_SHARE = 0.02;

    private TextPlausibility() { }

    /** No replacement characters, no NULs, hardly any control characters. */
    static boolean looksLikeText(String text) {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c == '\u0000') {
                return false;
            }
            if (isBadControl(c)) {
                bad++;
            }
        }
        return bad <= text.length() * MAX_BAD_SHARE;
    }

    /**
     * Text that is plausible and whose Thai is well formed: every above/below mark follows a consonant
     * (or another mark), every leading vowel (เ แ โ ใ ไ) precedes a consonant.
     */
    static boolean looksLikeThaiOrAscii(String text) {
        if (!looksLikeText(text)) {
            return false;
        }
        int thai = 0;
        int misplaced = 0;
        int foreign = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ThaiChars.isThai(c)) {
                thai++;
                misplaced += misplacedAt(text, i) ? 1 : 0;
            } else if (c > 0x7E && !isCommonPunctuation(c)) {
                foreign++;
            }
        }
        return foreign <= text.length() * MAX_BAD_SHARE && misplaced <= thai * MAX_MISPLACED_THAI_SHARE;
    }

    private static boolean misplacedAt(String text, int i) {
        char c = text.charAt(i);
        if (ThaiChars.isMark(c)) {
            return i == 0 || !(ThaiChars.isConsonant(text.charAt(i - 1)) || ThaiChars.isMark(text.charAt(i - 1)));
        }
        if (ThaiChars.isLeadingVowel(c)) {
            return i + 1 >= text.length() || !ThaiChars.isConsonant(text.charAt(i + 1));
        }
        return false;
    }

    private static boolean isBadControl(char c) {
        boolean c0 = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B;
        boolean c1 = c >= 0x80 && c <= 0x9F;
        return c0 || c1 || c == 0x7F;
    }

    /** Characters windows-874 shares with windows-1252: quotes, dashes, ellipsis, bullet, euro, NBSP. */
    private static boolean isCommonPunctuation(char c) {
        return c == '\u00A0' || (c >= '\u2010' && c <= '\u2027') || c == '\u20AC' || c == '\uFEFF';
    }
}
