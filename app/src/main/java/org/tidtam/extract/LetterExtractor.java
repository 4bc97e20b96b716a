package org.tidtam.extract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.tidtam.letter.Span;
import org.tidtam.thai.DateMatch;
import org.tidtam.thai.ThaiDateScanner;

/**
 * Reads the text of a file of Thai official letters (OCR, PDF or DOCX text) and proposes, for each letter
 * in it, the header fields and every deadline with the words it came from. This is the one entry point for
 * the GUI's review screen, the import command and {@code tidtam extract}:
 *
 * <pre>{@code
 * Extraction x = new LetterExtractor(clock).extract(text, "letter.txt");
 * for (ExtractedLetter l : x.letters()) { l.number(); l.deadlines(); l.trace(); … }
 * }</pre>
 *
 * Spans in the result are offsets into {@code text} as given. Rule-based, offline, thread-safe, and total:
 * any input (empty, binary, huge) gives a result, never an exception. The clock is used only when a letter
 * has no date of its own and a deadline gives no year.
 */
public final class LetterExtractor {
    private final Clock clock;

    public LetterExtractor(Clock clock) {
        this.clock = clock == null ? Clock.systemDefaultZone() : clock;
    }

    /** Every letter found in {@code text}, in order; {@code source} is only echoed in the result. */
    public Extraction extract(String text, String source) {
        Source src = new Source(text == null ? "" : text);
        List<DateMatch> dates = ThaiDateScanner.scan(src.text);
        List<Integer> starts = LetterSplitter.starts(src.lines);
        List<Head> heads = new ArrayList<>();
        List<List<Trace>> traces = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            List<Trace> trace = new ArrayList<>();
            int end = i + 1 < starts.size() ? starts.get(i + 1) : src.lines.size();
            heads.add(new HeaderReader(src, starts.get(i), end, trace).read());
            traces.add(trace);
        }
        LocalDate fileDate = latestDate(heads);
        List<ExtractedLetter> letters = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int from = src.lines.get(starts.get(i)).start();
            int to = i + 1 < starts.size() ? src.lines.get(starts.get(i + 1)).start() : src.text.length();
            int lastLine = i + 1 < starts.size() ? starts.get(i + 1) : src.lines.size();
            letters.add(letter(src, dates, heads.get(i), traces.get(i), new int[] {from, to, starts.get(i), lastLine},
                    fileDate));
        }
        // A lone part with no head (a pasted paragraph) still gives its deadlines; blank text gives nothing.
        boolean lone = letters.size() == 1 && !src.text.isBlank();
        return new Extraction(source, letters.stream().filter(l -> isLetter(l) || lone).toList());
    }

    /** {@code range}: normalised start and end offsets, first line and end line of the letter. */
    private ExtractedLetter letter(Source src, List<DateMatch> dates, Head h, List<Trace> trace, int[] range,
                                   LocalDate fileDate) {
        int from = range[0];
        int to = range[1];
        LocalDate reference = h.date() != null ? h.date()
                : h.received() != null && h.received().date() != null ? h.received().date()
                : fileDate != null ? fileDate : LocalDate.now(clock);
        BitSet quiet = quietZones(src, h, range[2], range[3]);
        var deadlines = new DeadlineFinder(src, trace).find(dates, from, to, reference, quiet::get);
        return new ExtractedLetter(src.span(from, to), h.type(), h.urgency(), h.number(), h.circular(), h.date(),
                h.sender(), h.subject(), h.to(), h.received(), h.references(), h.enclosures(), h.signer(),
                h.position(), h.phone(), deadlines, trace);
    }

    /** The receiving stamp's lines hold dates and times of the desk, not of the letter. */
    private static BitSet quietZones(Source src, Head h, int firstLine, int endLine) {
        BitSet quiet = new BitSet();
        if (h.received() != null) {
            Span sp = h.received().span();
            for (Line l : src.lines.subList(firstLine, endLine)) {
                int o = src.normalized.original(l.start());
                if (o >= sp.start() && o <= sp.end()) {
                    quiet.set(l.start(), l.end() + 1);
                }
            }
        }
        return quiet;
    }

    private static LocalDate latestDate(List<Head> heads) {
        LocalDate best = null;
        for (Head h : heads) {
            if (h.date() != null && (best == null || h.date().isAfter(best))) {
                best = h.date();
            }
        }
        return best;
    }

    /** A segment with no number, date, subject or recipient is noise before the first letter. */
    private static boolean isLetter(ExtractedLetter l) {
        return l.number() != null || l.date() != null || l.subject() != null || l.to() != null;
    }
}
