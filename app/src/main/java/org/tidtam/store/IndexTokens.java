package org.tidtam.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tokens body_fts's tokenizer ({@code unicode61 remove_diacritics 0 categories 'L* N* M* Co'}) makes of a
 * words string, computed in Java for the characters where its rules are plain and settled: ASCII (letters
 * and digits are token characters, A–Z folded to a–z) and the Thai block (letters, vowels, tone marks and
 * digits are token characters, ฿ and the signs ๏ ๚ ๛ are not; Thai has no case). Any other character gives
 * no answer: Java's Unicode tables are newer than SQLite's and their case folding differs in places, so the
 * caller then leaves the tokenising to SQLite (the prefix query), which is always right.
 */
final class IndexTokens {
    private IndexTokens() { }

    /** The tokens in order, or empty when text holds a character outside ASCII and the Thai block. */
    static Optional<List<String>> of(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!known(ch)) {
                return Optional.empty();
            }
            if (isTokenChar(ch)) {
                token.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch);
            } else if (token.length() > 0) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        }
        if (token.length() > 0) {
            tokens.add(token.toString());
        }
        return Optional.of(tokens);
    }

    private static boolean known(char ch) {
        return ch < 0x80 || (ch >= 0x0E00 && ch <= 0x0E7F);
    }

    /** Letters (L*), numbers (N*) and marks (M*) of the two blocks; unassigned code points separate. */
    private static boolean isTokenChar(char ch) {
        return switch (Character.getType(ch)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
