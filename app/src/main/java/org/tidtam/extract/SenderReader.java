package org.tidtam.extract;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Who sent a letter, as the register's จาก column wants it:
 * <ul>
 *   <li>memo: the ส่วนราชการ line, without its โทร part;</li>
 *   <li>external: the agency line heading the address block above the date line ("ศาลากลางจังหวัดขอนแก่น"
 *       → จังหวัดขอนแก่น; "กรมการปกครอง (วังไชยา)" → กรมการปกครอง);</li>
 *   <li>stamped: the agency printed under the body in place of a signature;</li>
 *   <li>order or announcement: the heading without คำสั่ง / ประกาศ;</li>
 *   <li>else, or to finish "…จังหวัด", the agency code of the number (ขก → จังหวัดขอนแก่น).</li>
 * </ul>
 */
final class SenderReader {
    private static final int MAX_ADDRESS_LINES = 3;
    private final Source src;
    private final int from;
    private final int to;
    private final List<Trace> trace;

    SenderReader(Source src, int from, int to, List<Trace> trace) {
        this.src = src;
        this.from = from;
        this.to = to;
        this.trace = trace;
    }

    String read(LetterType type, int dateLine, int headEnd, String number) {
        String s = switch (type) {
            case MEMO -> memoUnit(headEnd);
            case STAMPED -> stampedAgency(headEnd);
            case ORDER, ANNOUNCEMENT -> heading(type);
            default -> dateLine >= 0 && dateLine < headEnd ? addressAgency(dateLine) : null;
        };
        if (s == null && type == LetterType.EXTERNAL) {
            s = aboveNumber();
        }
        String code = AgencyCodes.codeOf(number);
        if (s == null && AgencyCodes.agency(code) != null) {
            s = AgencyCodes.agency(code);
            trace.add(new Trace("sender", s, "AgencyCode (ขก → จังหวัดขอนแก่น, มท → กระทรวงมหาดไทย)", null));
        } else if (s != null && s.endsWith("จังหวัด") && AgencyCodes.province(code) != null) {
            s = s + AgencyCodes.province(code);
            trace.add(new Trace("sender", s, "ProvinceFromCode (…จังหวัด + อต → …จังหวัดอุตรดิตถ์)", null));
        }
        return s;
    }

    private String memoUnit(int headEnd) {
        for (int i = from; i < headEnd; i++) {
            Line l = src.lines.get(i);
            Matcher m = HeaderPatterns.MEMO_UNIT.matcher(l.text());
            if (m.lookingAt()) {
                String t = m.group(1);
                int cut = firstOf(t, "โทร", "\t", "  ");
                int end = l.start() + m.start(1) + (cut < 0 ? t.length() : cut);
                return traced(src.words(l.start() + m.start(1), end), "MemoUnit (ส่วนราชการ … โทร …)", l);
            }
        }
        return null;
    }

    private String addressAgency(int dateLine) {
        int skipped = 0;
        for (int i = dateLine - 1; i >= from; i--) {
            Line l = src.lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            if (LetterSplitter.isNumberLine(l)) {
                return besideNumber(l);
            }
            if (HeaderPatterns.STAMP_TIME.matcher(l.text()).lookingAt()) {
                return null;
            }
            if (isAddress(l.text()) && skipped < MAX_ADDRESS_LINES
                    && !HeaderPatterns.SEAT_OF_OFFICE.matcher(l.text()).lookingAt()) {
                skipped++;
                continue;
            }
            return agencyLine(i, l);
        }
        return null;
    }

    /** The agency printed in the column beside the number ("ที่ มท ๐๘๐๘.๒/ว ๑๒๓      กรมส่งเสริม…"), or null. */
    private String besideNumber(Line l) {
        String t = l.text();
        int c = Columns.nextColumn(t, 0);
        if (c < 0) {
            return null;
        }
        String cell = Columns.left(t.substring(c));
        Matcher hall = HeaderPatterns.SEAT_OF_OFFICE.matcher(cell);
        if (hall.lookingAt()) {
            return traced(hall.group(1), "AddressBesideNumber (ที่ … | ศาลากลางจังหวัดลำพูน → จังหวัดลำพูน)", l);
        }
        if (!HeaderPatterns.AGENCY.matcher(cell).lookingAt()) {
            return null;
        }
        return traced(strip(src.words(l.start() + c, l.start() + c + cell.length())),
                "AddressBesideNumber (ที่ มท ๐๘๐๘.๒/ว ๑๒๓   กรมส่งเสริมการปกครองท้องถิ่น)", l);
    }

    /**
     * OCR may read the right column first, so the address block stands above the number line:
     * "กรมอนามัย / ถนนติวานนท์ … / ที่ สธ ๐๙๐๔.๐๓/ว ๑๒๓๔". The agency heads the block.
     */
    private String aboveNumber() {
        int n = -1;
        for (int i = from; i < Math.min(to, from + 20) && n < 0; i++) {
            n = LetterSplitter.isNumberLine(src.lines.get(i)) ? i : -1;
        }
        String found = null;
        for (int i = n - 1, seen = 0; i >= from && seen <= MAX_ADDRESS_LINES; i--) {
            Line l = src.lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            seen++;
            Matcher hall = HeaderPatterns.SEAT_OF_OFFICE.matcher(l.text());
            if (hall.lookingAt() || HeaderPatterns.AGENCY.matcher(l.text()).lookingAt()) {
                found = hall.lookingAt() ? traced(hall.group(1), "AddressAboveNumber (ศาลากลางจังหวัด… above ที่)", l)
                        : traced(strip(src.words(l.start(), l.end())), "AddressAboveNumber (กรมอนามัย above ที่)", l);
            } else if (!isAddress(l.text())) {
                break;
            }
        }
        return found;
    }

    /** Street, district, postcode lines; an agency's name (องค์การบริหารส่วนตำบล…) is not one. */
    private static boolean isAddress(String t) {
        if (!HeaderPatterns.ADDRESS.matcher(t).find()) {
            return false;
        }
        return !HeaderPatterns.AGENCY.matcher(t).lookingAt() || HeaderPatterns.POSTCODE_END.matcher(t).find()
                || t.startsWith("อำเภอ") || t.startsWith("จังหวัด");
    }

    private String agencyLine(int i, Line l) {
        Matcher hall = HeaderPatterns.SEAT_OF_OFFICE.matcher(l.text());
        if (hall.lookingAt()) {
            Line above = previous(i);
            if (above != null && HeaderPatterns.AGENCY.matcher(above.text()).lookingAt()
                    && !HeaderPatterns.SEAT_OF_OFFICE.matcher(above.text()).lookingAt()) {
                return traced(strip(above.text()), "AddressBlock (agency above ศาลากลาง)", above);
            }
            return traced(hall.group(1), "AddressBlock (ศาลากลางจังหวัดขอนแก่น → จังหวัดขอนแก่น)", l);
        }
        return traced(strip(src.words(l.start(), l.end())), "AddressBlock (first line above the date)", l);
    }

    private String stampedAgency(int headEnd) {
        for (int i = headEnd; i < to; i++) {
            Line l = src.lines.get(i);
            if (!l.isBlank() && l.text().length() < 80 && HeaderPatterns.AGENCY.matcher(l.text()).lookingAt()
                    && !l.text().contains("เรียน")) {
                return traced(strip(src.words(l.start(), l.end())), "StampedAgency (agency under the body)", l);
            }
        }
        return null;
    }

    private String heading(LetterType type) {
        for (int i = from; i < Math.min(to, from + 10); i++) {
            Line l = src.lines.get(i);
            String t = l.text();
            if (t.startsWith("คำสั่ง") || t.startsWith("ประกาศ")) {
                int skip = t.startsWith("คำสั่ง") ? "คำสั่ง".length() : "ประกาศ".length();
                return traced(strip(src.words(l.start() + skip, l.end())), "Heading (คำสั่งจังหวัด… → จังหวัด…)", l);
            }
        }
        return null;
    }

    private Line previous(int i) {
        for (int j = i - 1; j >= from; j--) {
            if (!src.lines.get(j).isBlank()) {
                return src.lines.get(j);
            }
        }
        return null;
    }

    private String traced(String value, String rule, Line l) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            return null;
        }
        trace.add(new Trace("sender", v, rule, src.span(l.start(), l.end())));
        return v;
    }

    private static String strip(String s) {
        return HeaderPatterns.PARENTHESES.matcher(s).replaceAll(" ").strip();
    }

    private static int firstOf(String t, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = t.indexOf(n);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
