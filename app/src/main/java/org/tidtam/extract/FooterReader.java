package org.tidtam.extract;

import java.util.List;
import java.util.regex.Matcher;

/**
 * The foot of a letter: the signer's name in brackets under ขอแสดงความนับถือ, the position lines below it
 * (an acting line ending in แทน joins the next), and the contact phone (โทร …).
 */
final class FooterReader {
    private static final int SIGNER_LOOKAHEAD = 8;
    private final Source src;
    private final int headEnd;
    private final int to;
    private final List<Trace> trace;
    private int signerLine = -1;

    FooterReader(Source src, int headEnd, int to, List<Trace> trace) {
        this.src = src;
        this.headEnd = headEnd;
        this.to = to;
        this.trace = trace;
    }

    String signer() {
        int start = headEnd;
        for (int i = headEnd; i < to; i++) {
            if (HeaderPatterns.CLOSING.matcher(src.lines.get(i).text()).lookingAt()) {
                start = i + 1;
                break;
            }
        }
        for (int i : HeaderReader.nonBlank(src, start, to, start == headEnd ? Integer.MAX_VALUE : SIGNER_LOOKAHEAD)) {
            Line l = src.lines.get(i);
            Matcher m = HeaderPatterns.SIGNER.matcher(l.text());
            if (m.lookingAt()) {
                signerLine = i;
                String v = src.words(l.start() + m.start(1), l.start() + m.end(1)).strip();
                trace.add(new Trace("signer", v, "SignerLine ((นายเอกภพ โสภณ) under ขอแสดงความนับถือ)",
                        src.span(l.start(), l.end())));
                return v;
            }
        }
        return null;
    }

    String position() {
        if (signerLine < 0) {
            return null;
        }
        List<Integer> next = HeaderReader.nonBlank(src, signerLine + 1, to, 2);
        if (next.isEmpty()) {
            return null;
        }
        Line first = src.lines.get(next.get(0));
        Line last = first;
        if (first.text().endsWith("แทน") && next.size() > 1) {
            last = src.lines.get(next.get(1));
        }
        String v = src.words(first.start(), last.end());
        trace.add(new Trace("position", v, "PositionLines (line under the name; …แทน joins the next)",
                src.span(first.start(), last.end())));
        return v;
    }

    /** The first โทร after the signature, else the first in the letter from line {@code from}. */
    String phone(int from) {
        int after = signerLine >= 0 ? src.lines.get(signerLine).end() : src.lines.get(Math.min(headEnd,
                src.lines.size() - 1)).start();
        int end = src.lines.get(Math.min(to, src.lines.size()) - 1).end();
        String v = phoneIn(after, end);
        return v != null ? v : phoneIn(src.lines.get(from).start(), end);
    }

    private String phoneIn(int start, int end) {
        if (start >= end) {
            return null;
        }
        Matcher m = HeaderPatterns.PHONE.matcher(src.text);
        m.region(start, end);
        if (!m.find()) {
            return null;
        }
        String v = src.words(m.start(1), m.end(1)).strip();
        trace.add(new Trace("phone", v, "PhoneAfterTel (โทร ๐ ๔๓๒๓ ๘๐๐๑)", src.span(m.start(), m.end())));
        return v;
    }
}
