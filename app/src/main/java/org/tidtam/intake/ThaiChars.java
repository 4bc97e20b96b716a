package org.tidtam.intake;

/** Classes of Thai characters, for judging whether decoded text is well-formed Thai. */
final class ThaiChars {
    private ThaiChars() { }

    static boolean isThai(char c) { return c >= '\u0E01' && c <= '\u0E5B'; }

    /** ก … ฮ. */
    static boolean isConsonant(char c) { return c >= '\u0E01' && c <= '\u0E2E'; }

    /** Marks written above or below a consonant: ั ิ ี ึ ื ุ ู ฺ and ็ ่ ้ ๊ ๋ ์ ํ ๎. */
    static boolean isMark(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    /** เ แ โ ใ ไ: written before the consonant they are pronounced after. */
    static boolean isLeadingVowel(char c) { return c >= '\u0E40' && c <= '\u0E44'; }
}
