package org.tidtam.report;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lets OpenPDF break lines between Thai words, not only at spaces (it would otherwise cut a word, even a
 * syllable, wherever the cell ends). A zero-width space cannot do this: Thai fonts such as Laksaman have
 * no glyph for it and OpenPDF drops it. OpenPDF asks once per character, with the cell's whole text and
 * again each time it measures a row, so the breaks are computed once per text and kept. One instance per
 * document (not thread-safe).
 */
final class ThaiSplitCharacter implements SplitCharacter {
    private static final int KEEP = 4096;

    private final Map<String, BitSet> known = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BitSet> eldest) { return size() > KEEP; }
    };
    private char[] lastChars;
    private int lastEnd;
    private BitSet lastBreaks;

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck)) {
            return true;
        }
        if (cc != lastChars || end != lastEnd) {
            lastChars = cc;
            lastEnd = end;
            lastBreaks = known.computeIfAbsent(new String(cc, 0, end), LineBreaks::of);
        }
        return lastBreaks.get(current + 1); // a break after the current character
    }
}
