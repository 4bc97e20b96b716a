package org.tidtam.report;

import java.util.List;

/**
 * Estimates how wide a column must be, in characters, to show its Thai text: Thai vowels above and below the
 * line and tone marks take no width, so only the other characters count.
 */
final class ColumnWidths {
    static final int WIDE_CAP = 40;
    static final int TEXT_CAP = 24;
    static final int DATE_WIDTH = 12;

    private ColumnWidths() { }

    /** Visible width of text in characters (longest line). */
    static int visible(String s) {
        int best = 0;
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                best = Math.max(best, n);
                n = 0;
            } else if (!isThaiMark(c)) {
                n++;
            }
        }
        return Math.max(best, n);
    }

    static boolean isThaiMark(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    /** The width for a column given its heading, kind and the text of its cells. */
    static int of(Column column, List<String> cells) {
        int widest = visible(column.heading());
        for (String cell : cells) {
            widest = Math.max(widest, visible(cell));
        }
        return switch (column.kind()) {
            case DATE -> Math.max(DATE_WIDTH, visible(column.heading()));
            case NUMBER -> Math.max(5, visible(column.heading()));
            case WIDE_TEXT -> Math.min(WIDE_CAP, Math.max(10, widest));
            case TEXT -> Math.min(TEXT_CAP, widest);
        } + 1;
    }
}
