package org.tidtam.report;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Where a line of Thai may break. Thai has no spaces between words, so this uses the JDK's dictionary-based
 * Thai line iterator (module jdk.localedata), which also handles spaces and Latin text.
 */
final class LineBreaks {
    private static final Locale THAI = Locale.forLanguageTag("th");

    private LineBreaks() { }

    /** Bit i is set when a line may break before character i (0 < i < length). */
    static BitSet of(String text) {
        BitSet breaks = new BitSet(text.length());
        BreakIterator it = BreakIterator.getLineInstance(THAI);
        it.setText(text);
        for (int b = it.next(); b != BreakIterator.DONE && b < text.length(); b = it.next()) {
            breaks.set(b);
        }
        return breaks;
    }

    /** The pieces of the text that cannot be broken further, e.g. single Thai words. */
    static List<String> pieces(String text) {
        BitSet breaks = of(text);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int b = breaks.nextSetBit(1); b >= 0; b = breaks.nextSetBit(b + 1)) {
            pieces.add(text.substring(start, b).strip());
            start = b;
        }
        pieces.add(text.substring(start).strip());
        return pieces;
    }
}
