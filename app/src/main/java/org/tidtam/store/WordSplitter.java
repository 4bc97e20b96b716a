package org.tidtam.store;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits text into words with the JDK's dictionary-based Thai word breaker (Thai is written without spaces
 * between words), so the letter body can be indexed by word instead of by every three characters.
 * Spaces always end a word, so the text is broken space-separated chunk by chunk, and chunks are
 * remembered: official letters repeat their phrases, and the dictionary breaker is the slow part.
 */
public final class WordSplitter {
    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final int CACHE_LIMIT = 100_000;
    private static final int CACHE_MAX_CHUNK = 256;
    private static final ThreadLocal<BreakIterator> BREAKER =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(THAI));
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private WordSplitter() { }

    /** The words of text joined by single spaces; punctuation and spaces dropped. */
    public static String words(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                append(out, chunk(text.substring(start, i)));
            }
        }
        return out.toString();
    }

    private static String chunk(String chunk) {
        if (chunk.length() > CACHE_MAX_CHUNK) {
            return split(chunk);
        }
        String words = CACHE.get(chunk);
        if (words == null) {
            words = split(chunk);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(chunk, words);
        }
        return words;
    }

    private static String split(String chunk) {
        BreakIterator it = BREAKER.get();
        it.setText(chunk);
        StringBuilder out = new StringBuilder(chunk.length() + 8);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (hasLetterOrDigit(chunk, start, end)) {
                append(out, chunk.substring(start, end));
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String words) {
        if (!words.isEmpty()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(words);
        }
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
