package org.tidtam.report;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import java.util.BitSet;

/**
 * Lets OpenPDF break lines between Thai words, not only at spaces (it would otherwise cut a word, even a
 * syllable, wherever the cell ends). A zero-width space cannot do this: Thai fonts such as Laksaman have
 * no glyph for it and OpenPDF drops it. One instance per document: it caches the last chunk's breaks.
 */
final class ThaiSplitCharacter implements SplitCharacter {
    private char[] lastChars;
    private int lastStart;
    private BitSet lastBreaks;

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck)) {
            return true;
        }
        if (cc != lastChars || start != lastStart) {
            lastChars = cc;
            lastStart = start;
            lastBreaks = LineBreaks.of(new String(cc, start, end - start));
        }
        return lastBreaks.get(current + 1 - start); // a break after the current character
    }
}
