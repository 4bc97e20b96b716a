package org.tidtam.ui.detail;

import org.tidtam.letter.Deadline;
import org.tidtam.letter.Span;

/**
 * Where a stored deadline's words stand in the entry's stored text. A deadline's span was taken in the
 * whole text the clerk reviewed, which may hold a covering letter before this one, while the entry keeps
 * only its own letter: so the span is trusted only when its words are there, else the evidence is looked
 * up (the occurrence nearest the span), else there is nothing to mark.
 */
final class EvidenceSpans {
    private EvidenceSpans() { }

    static Span of(Deadline d, String text) {
        String words = d.evidence();
        Span s = d.span();
        if (words.isBlank()) {
            return null;
        }
        if (s != null && s.end() <= text.length() && text.substring(s.start(), s.end()).equals(words)) {
            return s;
        }
        int hint = s == null ? 0 : s.start();
        int best = -1;
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
            if (best < 0 || Math.abs(i - hint) < Math.abs(best - hint)) {
                best = i;
            }
        }
        return best < 0 ? null : new Span(best, best + words.length());
    }
}
