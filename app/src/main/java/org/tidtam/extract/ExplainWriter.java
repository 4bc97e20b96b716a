package org.tidtam.extract;

import java.io.PrintWriter;
import org.tidtam.letter.Span;

/** Prints which rule produced each value of each letter: the text of {@code extract --explain}. */
public final class ExplainWriter {
    private ExplainWriter() { }

    public static void write(Extraction x, PrintWriter out) {
        out.println("# " + x.source() + ": " + x.letters().size() + " letter(s)");
        int i = 1;
        for (ExtractedLetter l : x.letters()) {
            out.println();
            out.println("## letter " + i++ + " " + span(l.span()) + " " + l.type());
            for (Trace t : l.trace()) {
                out.println(String.format("%-11s %s%n            ← %s %s", t.field(), t.value(), t.rule(),
                        span(t.span())).stripTrailing());
            }
        }
        out.flush();
    }

    private static String span(Span s) { return s == null ? "" : "[" + s.start() + ", " + s.end() + "]"; }
}
