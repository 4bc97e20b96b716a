package org.tidtam.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.tidtam.letter.Urgency;
import org.tidtam.thai.DateForm;
import org.tidtam.thai.DateMatch;
import org.tidtam.thai.ThaiDateScanner;
import org.tidtam.thai.ThaiDates;

/**
 * Reads the head of one letter (lines [from, to) of a file): urgency, number, date, subject, recipient,
 * receiving stamp, อ้างถึง, สิ่งที่ส่งมาด้วย; the sender via {@link SenderReader} and the signature via
 * {@link FooterReader}. The head ends at the first line that opens the body (ด้วย, ตามที่, ในการนี้ …).
 */
final class HeaderReader {
    private final Source src;
    private final List<Trace> trace;
    private final int from;
    private final int to;
    private static final int MAX_FIELD_LINES = 6;
    private final Set<Integer> stampLines = new HashSet<>();

    HeaderReader(Source src, int fromLine, int toLine, List<Trace> trace) {
        this.src = src;
        this.from = fromLine;
        this.to = toLine;
        this.trace = trace;
    }

    Head read() {
        int numberLine = find(from, to, LetterSplitter::isNumberLine);
        int headEnd = headEnd(numberLine < 0 ? from : numberLine + 1);
        boolean memo = find(from, Math.min(to, from + 12), l -> HeaderPatterns.MEMO.matcher(l.text()).lookingAt()) >= 0;
        String number = number(numberLine);
        Urgency urgency = urgency(headEnd);
        ReceivedStamp stamp = stamp(headEnd);
        int dateLine = dateLine(memo, numberLine, headEnd);
        LocalDate date = dateLine < 0 ? null : letterDate(dateLine);
        if (date == null) {
            date = issuedOn();
        }
        String subject = field(HeaderPatterns.SUBJECT, 1, headEnd, "subject", "SubjectLine (เรื่อง …)");
        int toLine = find(from, headEnd, l -> HeaderPatterns.TO.matcher(l.text()).lookingAt());
        String recipient = field(HeaderPatterns.TO, 2, headEnd, "to", "RecipientLine (เรียน … / ถึง …)");
        LetterType type = type(memo, numberLine, toLine, subject);
        stamp = checkedStamp(stamp, date);
        String sender = new SenderReader(src, from, to, trace).read(type, dateLine, headEnd, number);
        FooterReader foot = new FooterReader(src, headEnd, to, trace);
        return new Head(type, urgency, number, number != null && HeaderPatterns.CIRCULAR.matcher(
                src.text.substring(src.lines.get(numberLine).start(), src.lines.get(numberLine).end())).find(),
                date, sender, subject, recipient, stamp, new BlockReader(src, trace).references(from, headEnd),
                new BlockReader(src, trace).enclosures(from, headEnd), foot.signer(), foot.position(),
                foot.phone(from));
    }

    /** A line that holds a date and nothing else ("๓ มิถุนายน ๒๕๕๘"): the date line of an external letter. */
    static boolean isDateLine(String t) {
        if (t.length() > 40 || t.startsWith("วัน") || t.isEmpty() || !Character.isDigit(t.charAt(0))) {
            return false;
        }
        List<DateMatch> ds = ThaiDateScanner.scan(t);
        if (ds.size() != 1) {
            return false;
        }
        DateMatch d = ds.get(0);
        return d.start() == 0 && d.end() >= t.length() - 1 && d.hasYear()
                && (d.form() == DateForm.DAY_MONTH_YEAR || d.form() == DateForm.NUMERIC);
    }

    private int find(int a, int b, java.util.function.Predicate<Line> p) {
        for (int i = a; i < b && i < src.lines.size(); i++) {
            if (p.test(src.lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private int headEnd(int after) {
        int i = find(after, to, l -> HeaderPatterns.BODY_OPENER.matcher(l.text()).lookingAt());
        return i < 0 ? to : i;
    }

    private String number(int line) {
        if (line < 0) {
            return null;
        }
        Line l = src.lines.get(line);
        String t = Columns.left(l.text());
        Matcher m = HeaderPatterns.NUMBER.matcher(t);
        if (!m.lookingAt()) {
            m = HeaderPatterns.BARE_NUMBER.matcher(t);
            m.lookingAt();
        }
        int end = t.length();
        int cut = t.indexOf("วันที่", m.start(1));
        if (cut > m.start(1)) {
            end = cut;
        }
        String value = src.words(l.start() + m.start(1), l.start() + end).strip();
        value = value.endsWith("ลง") ? value.substring(0, value.length() - 2).strip() : value;
        trace.add(new Trace("number", value, "NumberLine (ที่ มท ๐๓๒๒/ว ๕๕๘๗๘ → มท ๐๓๒๒/ว ๕๕๘๗๘)",
                src.span(l.start(), l.end())));
        return value;
    }

    private Urgency urgency(int headEnd) {
        Urgency best = Urgency.NORMAL;
        for (int i = from; i < headEnd && i < src.lines.size(); i++) {
            Matcher m = HeaderPatterns.URGENCY.matcher(unspaced(src.lines.get(i).text()));
            if (m.lookingAt()) {
                Urgency u = switch (m.group(1)) {
                    case "ด่วนที่สุด" -> Urgency.MOST_URGENT;
                    case "ด่วนมาก" -> Urgency.VERY_URGENT;
                    default -> Urgency.URGENT;
                };
                if (u.compareTo(best) > 0) {
                    best = u;
                    Line l = src.lines.get(i);
                    trace.add(new Trace("urgency", u.name(), "UrgencyLine (ด่วนที่สุด → MOST_URGENT)",
                            src.span(l.start(), l.end())));
                }
            }
        }
        return best;
    }

    /** A short line without its spaces: OCR splits "ด่วนมาก" into "ด ่วนมาก" or "ด่ วนที่สุด". */
    static String unspaced(String t) {
        return t.length() > 24 ? t : t.replace(" ", "");
    }

    private ReceivedStamp stamp(int headEnd) {
        for (int i = from; i < headEnd && i < src.lines.size(); i++) {
            Line l = src.lines.get(i);
            Matcher m = HeaderPatterns.STAMP_NUMBER.matcher(l.text());
            if (m.lookingAt()) {
                return stampAt(i, l, m);
            }
        }
        return null;
    }

    private ReceivedStamp stampAt(int i, Line l, Matcher m) {
        String number = src.words(l.start() + m.start(1), l.start() + m.end(1)).strip();
        stampLines.add(i);
        String dateText = m.group(2);
        int last = i;
        for (int j = i + 1; j < Math.min(to, i + 6); j++) {
            Line n = src.lines.get(j);
            if (n.isBlank()) {
                continue;
            }
            Matcher d = HeaderPatterns.STAMP_DATE.matcher(n.text());
            if (d.lookingAt() && dateText == null) {
                dateText = d.group(1);
            } else if (!HeaderPatterns.STAMP_TIME.matcher(n.text()).lookingAt()) {
                break;
            }
            stampLines.add(j);
            last = j;
        }
        LocalDate date = dateText == null ? null : ThaiDates.parseFirst(dateText, null);
        Line endLine = src.lines.get(last);
        return new ReceivedStamp(number, date, src.span(l.start(), endLine.end()));
    }

    private ReceivedStamp checkedStamp(ReceivedStamp s, LocalDate letterDate) {
        if (s == null) {
            return null;
        }
        LocalDate d = s.date();
        if (d != null && letterDate != null && d.isBefore(letterDate)) {
            trace.add(new Trace("received.date", String.valueOf(d),
                    "StampBeforeLetterDate (a letter is never received before its date: dropped)", s.span()));
            d = null;
        }
        trace.add(new Trace("received", s.number() + " " + d, "ReceivingStamp (เลขรับ 347 / วันที่ …)", s.span()));
        return new ReceivedStamp(s.number(), d, s.span());
    }

    private int dateLine(boolean memo, int numberLine, int headEnd) {
        int start = numberLine < 0 ? from : numberLine;
        int i = find(start, headEnd, l -> !stampLines.contains(l.index()) && (isDateLine(l.text())
                || (memo && HeaderPatterns.MEMO_DATE.matcher(l.text()).lookingAt())
                || (l.index() == numberLine && memo && l.text().contains("วันที่"))));
        if (i >= 0) {
            return i;
        }
        // A stamped letter prints its date under the agency's name at the foot.
        return find(headEnd, to, l -> isDateLine(l.text()) && l.index() > 0
                && previousIsAgency(l.index()));
    }

    private boolean previousIsAgency(int i) {
        for (int j = i - 1; j >= Math.max(from, i - 3); j--) {
            Line p = src.lines.get(j);
            if (!p.isBlank()) {
                return HeaderPatterns.AGENCY.matcher(p.text()).lookingAt();
            }
        }
        return false;
    }

    /** An order or announcement is dated at its foot: "สั่ง ณ วันที่ ๑๘ มีนาคม พ.ศ. ๒๕๖๘". */
    private LocalDate issuedOn() {
        int i = find(from, to, l -> l.text().length() < 60 && HeaderPatterns.ISSUED_ON.matcher(l.text()).lookingAt());
        if (i < 0) {
            return null;
        }
        Line l = src.lines.get(i);
        Matcher m = HeaderPatterns.ISSUED_ON.matcher(l.text());
        LocalDate d = m.lookingAt() ? ThaiDates.parseFirst(m.group(1), null) : null;
        if (d != null) {
            trace.add(new Trace("date", d.toString(), "IssuedOn (สั่ง ณ วันที่ / ประกาศ ณ วันที่ at the foot)",
                    src.span(l.start(), l.end())));
        }
        return d;
    }

    private LocalDate letterDate(int line) {
        Line l = src.lines.get(line);
        String t = l.text();
        int at = t.indexOf("วันที่");
        LocalDate d = ThaiDates.parseFirst(at >= 0 ? t.substring(at) : t, null);
        if (d != null) {
            trace.add(new Trace("date", d.toString(), at >= 0 ? "MemoDateLine (วันที่ ๑๐ กุมภาพันธ์ ๒๕๖๕)"
                    : "DateLine (๓ มิถุนายน ๒๕๕๘ alone on its line)", src.span(l.start(), l.end())));
        }
        return d;
    }

    private String field(java.util.regex.Pattern p, int group, int headEnd, String name, String rule) {
        int i = find(from, headEnd, l -> p.matcher(l.text()).lookingAt());
        if (i < 0) {
            return null;
        }
        Line l = src.lines.get(i);
        Matcher m = p.matcher(l.text());
        m.lookingAt();
        int start = l.start() + m.start(group);
        int end = l.end();
        for (int j = i + 1; j < Math.min(headEnd, i + MAX_FIELD_LINES); j++) {
            Line n = src.lines.get(j);
            if (n.isBlank() || isFieldLine(n.text())) {
                break;
            }
            end = n.end();
        }
        String value = src.words(start, end);
        trace.add(new Trace(name, value, rule, src.span(l.start(), end)));
        return value.isEmpty() ? null : value;
    }

    static boolean isFieldLine(String t) {
        return HeaderPatterns.SUBJECT.matcher(t).lookingAt() || HeaderPatterns.TO.matcher(t).lookingAt()
                || HeaderPatterns.REFERENCE.matcher(t).lookingAt() || HeaderPatterns.ENCLOSURE.matcher(t).lookingAt()
                || HeaderPatterns.MEMO_DATE.matcher(t).lookingAt() || HeaderPatterns.BODY_OPENER.matcher(t).lookingAt()
                || HeaderPatterns.NUMBER.matcher(t).lookingAt();
    }

    private LetterType type(boolean memo, int numberLine, int toLine, String subject) {
        LetterType t;
        String rule;
        int headingEnd = numberLine < 0 ? Math.min(to, from + 8) : numberLine + 2;
        if (memo) {
            t = LetterType.MEMO;
            rule = "MemoHeading (บันทึกข้อความ)";
        } else if (find(from, headingEnd, l -> HeaderPatterns.ORDER.matcher(l.text()).lookingAt()) >= 0) {
            t = LetterType.ORDER;
            rule = "OrderHeading (คำสั่งจังหวัด…)";
        } else if (find(from, headingEnd, l -> HeaderPatterns.ANNOUNCEMENT.matcher(l.text()).lookingAt()) >= 0) {
            t = LetterType.ANNOUNCEMENT;
            rule = "AnnouncementHeading (ประกาศกระทรวง…)";
        } else if (toLine >= 0 && src.lines.get(toLine).startsWith("ถึง") && subject == null) {
            t = LetterType.STAMPED;
            rule = "StampedLetter (ถึง …, no เรื่อง)";
        } else {
            t = LetterType.EXTERNAL;
            rule = "ExternalLetter (default)";
        }
        trace.add(new Trace("type", t.name(), rule, null));
        return t;
    }

    static List<Integer> nonBlank(Source src, int a, int b, int max) {
        List<Integer> out = new ArrayList<>();
        for (int i = a; i < b && i < src.lines.size() && out.size() < max; i++) {
            if (!src.lines.get(i).isBlank()) {
                out.add(i);
            }
        }
        return out;
    }
}
