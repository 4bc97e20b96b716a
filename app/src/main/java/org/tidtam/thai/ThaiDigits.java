package org.tidtam.thai;

/** Thai digits (๐–๙) and Arabic digits (0–9), both ways. */
public final class ThaiDigits {
    private static final char THAI_ZERO = '๐';

    private ThaiDigits() { }

    public static boolean isThaiDigit(char c) { return c >= THAI_ZERO && c <= '๙'; }

    /** "๒๕๖๘" → "2568"; other characters unchanged. */
    public static String toArabic(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(isThaiDigit(c) ? (char) ('0' + (c - THAI_ZERO)) : c);
        }
        return out.toString();
    }

    /** "2568" → "๒๕๖๘"; other characters unchanged. */
    public static String toThai(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }
}
