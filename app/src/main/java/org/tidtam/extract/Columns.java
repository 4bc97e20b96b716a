package org.tidtam.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Side-by-side columns in one line of a letter's head. OCR and PDF text put the number and the sender's
 * address on the same line ("ที่ มท ๐๘๐๘.๒/ว ๑๒๓          กรมส่งเสริมการปกครองท้องถิ่น", or a table row
 * "| ที่ ลพ ๐๐๒๓.๓/ว ๖๗๘ | ศาลากลางจังหวัดลำพูน |"): a run of three or more spaces, a tab or a table bar
 * separates them. Words inside a field are one space apart, so the gap is safe to cut at.
 */
final class Columns {
    private static final Pattern GAP = Pattern.compile("\\s{3,}|\\t|\\s?\\|\\s?");

    private Columns() { }

    /** Offset in {@code t} where the column holding {@code from} ends: the first gap at or after it, else the end. */
    static int endOfColumn(String t, int from) {
        int spaces = 0;
        for (int i = Math.max(0, from); i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\t' || c == '|') {
                return i - Math.min(spaces, 1);
            }
            spaces = Character.isWhitespace(c) ? spaces + 1 : 0;
            if (spaces == 3) {
                return i - 2;
            }
        }
        return t.length();
    }

    /** The first column of a line. */
    static String left(String t) {
        return t.substring(0, endOfColumn(t, 0));
    }

    /** Where the column after the first gap at or after {@code from} starts, or -1 when there is none. */
    static int nextColumn(String t, int from) {
        Matcher m = GAP.matcher(t);
        while (m.find(Math.max(0, from))) {
            if (m.end() < t.length() && !t.substring(m.end()).isBlank()) {
                return m.end();
            }
            from = m.end();
            if (from >= t.length()) {
                break;
            }
        }
        return -1;
    }
}
