package org.tidtam.extract;

/**
 * Side-by-side columns in one line of a letter's head. OCR and PDF text put the number and the sender's
 * address on the same line ("ที่ มท ๐๘๐๘.๒/ว ๑๒๓          กรมส่งเสริมการปกครองท้องถิ่น", or a table row
 * "| ที่ ลพ ๐๐๒๓.๓/ว ๖๗๘ | ศาลากลางจังหวัดลำพูน |"): a run of three or more spaces, a tab or a table bar
 * separates them. Words inside a field are one space apart, so the gap is safe to cut at.
 */
final class Columns {
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
            if (spaces == 3 && !unfinished(t, i - 2)) {
                return i - 2;
            }
        }
        return t.length();
    }

    /** Wide spacing inside a number ("มท ๐๓๒๒/ว   ๕๕๘๗๘", justified by OCR) is no gap: the number goes on. */
    private static boolean unfinished(String t, int gapStart) {
        if (gapStart <= 0) {
            return false;
        }
        char before = t.charAt(gapStart - 1);
        return before == '/' || before == 'ว';
    }

    /** The first column of a line. */
    static String left(String t) {
        return t.substring(0, endOfColumn(t, 0));
    }

    /** Where the column after the one holding {@code from} starts, or -1 when there is none. */
    static int nextColumn(String t, int from) {
        int i = endOfColumn(t, from);
        while (i < t.length() && (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == '|')) {
            i++;
        }
        return i < t.length() ? i : -1;
    }
}
