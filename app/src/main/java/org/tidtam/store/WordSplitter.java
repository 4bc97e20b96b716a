package org.tidtam.store;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Splits text into words with the JDK's dictionary-based Thai word breaker (Thai is written without spaces
 * between words), so the letter body can be indexed by word instead of by every three characters.
 */
public final class WordSplitter {
    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final ThreadLocal<BreakIterator> BREAKER =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(THAI));

    private WordSplitter() { }

    /** The words of text joined by single spaces; punctuation and spaces dropped. */
    public static String words(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        BreakIterator it = BREAKER.get();
        it.setText(text);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (hasLetterOrDigit(text, start, end)) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(text, start, end);
            }
        }
        return out.toString();
    }

    private static boolean hasLetterOrDigit(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
