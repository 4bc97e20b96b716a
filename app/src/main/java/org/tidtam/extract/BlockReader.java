package org.tidtam.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidtam.thai.ThaiDates;

/**
 * The numbered blocks of a letter's head: อ้างถึง (earlier letters, each with ที่ and ลงวันที่) and
 * สิ่งที่ส่งมาด้วย (enclosures). A block runs from its keyword to the first empty line or body opener;
 * items are split at "๑.", "๒." ….
 */
final class BlockReader {
    private static final Pattern ITEM = Pattern.compile("(?:^|\\s)(\\d{1,2})\\.\\s");
    private static final Pattern REF_NUMBER = Pattern.compile(
            "ที่\\s+((?:[ก-ฮ]{1,4}\\.?\\s?(?:\\([^)]{1,15}\\))?\\s?)?\\d[\\d.]*\\s?/\\s?ว?\\.?\\s?\\d+)");
    private static final Pattern REF_DATE = Pattern.compile("(?:ลงวันที่|ลว\\.?)\\s?(.{6,40})");
    private static final int MAX_BLOCK_LINES = 24;
    private final Source src;
    private final List<Trace> trace;

    BlockReader(Source src, List<Trace> trace) {
        this.src = src;
        this.trace = trace;
    }

    List<Reference> references(int from, int headEnd) {
        List<Reference> out = new ArrayList<>();
        for (int[] item : items(HeaderPatterns.REFERENCE, from, headEnd)) {
            String norm = src.text.substring(item[0], item[1]);
            Matcher n = REF_NUMBER.matcher(norm);
            String number = n.find() ? src.words(item[0] + n.start(1), item[0] + n.end(1)) : null;
            Matcher d = REF_DATE.matcher(norm);
            LocalDate date = d.find() ? ThaiDates.parseFirst(d.group(1), null) : null;
            String text = src.words(item[0], item[1]);
            out.add(new Reference(text, number, date));
            trace.add(new Trace("references", text, "ReferenceBlock (อ้างถึง … ที่ … ลงวันที่ …)",
                    src.span(item[0], item[1])));
        }
        return out;
    }

    List<String> enclosures(int from, int headEnd) {
        List<String> out = new ArrayList<>();
        for (int[] item : items(HeaderPatterns.ENCLOSURE, from, headEnd)) {
            String text = Source.collapse(src.words(item[0], item[1]).replace('|', ' ')).replaceAll("^-+\\s*|\\s*-+$", "");
            if (!text.isBlank() && !text.matches("[-\\s]*")) {
                out.add(text);
                trace.add(new Trace("enclosures", text, "EnclosureBlock (สิ่งที่ส่งมาด้วย ๑. … ๒. …)",
                        src.span(item[0], item[1])));
            }
        }
        return out;
    }

    /** Normalised [start, end) of each item of the first block opened by {@code keyword}. */
    private List<int[]> items(Pattern keyword, int from, int headEnd) {
        for (int i = from; i < headEnd && i < src.lines.size(); i++) {
            Line l = src.lines.get(i);
            Matcher m = keyword.matcher(l.text());
            if (m.lookingAt()) {
                return split(l.start() + m.start(1), blockEnd(i, headEnd));
            }
        }
        return List.of();
    }

    private int blockEnd(int first, int headEnd) {
        int end = src.lines.get(first).end();
        for (int j = first + 1; j < Math.min(headEnd, first + MAX_BLOCK_LINES); j++) {
            Line n = src.lines.get(j);
            if (n.rawBlank() || HeaderPatterns.BODY_OPENER.matcher(n.text()).lookingAt()
                    || HeaderPatterns.REFERENCE.matcher(n.text()).lookingAt()
                    || HeaderPatterns.ENCLOSURE.matcher(n.text()).lookingAt()) {
                break;
            }
            end = Math.max(end, n.end());
        }
        return end;
    }

    private List<int[]> split(int start, int end) {
        List<int[]> out = new ArrayList<>();
        if (start >= end) {
            return out;
        }
        Matcher m = ITEM.matcher(src.text);
        m.region(start, end);
        int itemStart = start;
        while (m.find()) {
            int s = m.start(1);
            if (s > itemStart && !src.text.substring(itemStart, s).isBlank()) {
                out.add(new int[] {itemStart, s});
            }
            itemStart = s;
        }
        if (!src.text.substring(itemStart, end).isBlank()) {
            out.add(new int[] {itemStart, end});
        }
        return out;
    }
}
