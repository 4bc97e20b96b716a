package org.tidtam.store;

import java.util.Arrays;

/**
 * How a search text of three characters or more is looked up in body_fts, the word index of the letters'
 * text (docs/decisions/0002, 0016). The query is split into words like the text. Its last word may be cut
 * off ("ศาลากลางจั"), and the word breaker then splits the cut-off end differently from the full text
 * ("ศาลา กลางจั" against "ศาลา กลาง จังหวัด"), so:
 * <ul>
 * <li>{@code exact}: all words as one phrase, the last one a prefix; only when the last word has three
 *     characters or more (a prefix of one or two, such as "แล*", would merge the lists of thousands of
 *     words: seconds on a million letters). Null when not usable.</li>
 * <li>{@code anchor}: the words before the last one, as a phrase; the letters it finds are candidates only,
 *     kept when their text holds the query itself ({@code needle}). Null for a one-word query.</li>
 * <li>{@code words}: the query's words joined by spaces, from which {@link PrefixExpansion} rewrites
 *     {@code exact} without its prefix.</li>
 * </ul>
 */
record BodyQuery(String exact, String anchor, String needle, String words) {

    static BodyQuery of(String text) {
        String q = text.strip();
        String words = WordSplitter.words(q);
        if (words.isEmpty()) {
            return new BodyQuery(null, null, q, words);
        }
        String[] w = words.split(" ");
        String last = w[w.length - 1];
        String exact = last.codePointCount(0, last.length()) >= 3 ? phrase(words) + " *" : null;
        String anchor = w.length >= 2 ? phrase(String.join(" ", Arrays.copyOf(w, w.length - 1))) : null;
        return new BodyQuery(exact, anchor, q, words);
    }

    static String phrase(String s) { return "\"" + s.replace("\"", "\"\"") + "\""; }
}
