package org.tidtam.extract;

import java.util.List;
import org.tidtam.letter.Span;
import org.tidtam.thai.NormalizedText;
import org.tidtam.thai.OcrNormalizer;

/** A file's text three ways: as given (for evidence), normalised (for matching), and as lines. */
final class Source {
    final String original;
    final NormalizedText normalized;
    final String text;
    final List<Line> lines;

    Source(String original) {
        this.original = original == null ? "" : original;
        this.normalized = OcrNormalizer.normalize(this.original);
        this.text = normalized.text();
        this.lines = Lines.of(text);
    }

    /** The span in the original text of normalised range [start, end). */
    Span span(int start, int end) {
        int s = normalized.original(start);
        int e = Math.max(s, normalized.originalEnd(end));
        return new Span(s, e);
    }

    /** The original words of normalised range [start, end), whitespace runs (and line breaks) as one space. */
    String words(int start, int end) {
        Span sp = span(start, end);
        return collapse(original.substring(sp.start(), sp.end()));
    }

    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
