package org.tidtam.report;

import com.lowagie.text.pdf.BaseFont;
import java.util.List;

/**
 * Column widths in points for a PDF table, measured with the real font: every column gets its natural
 * width up to a cap, at least its longest word; when the page is too narrow, columns that want more than
 * their longest word give way in proportion.
 */
final class PdfColumnWidths {
    static final float PADDING = 8f;
    static final float TEXT_CAP = 150f;
    static final float WIDE_CAP = 320f;

    private PdfColumnWidths() { }

    static float[] fit(Table t, BaseFont regular, BaseFont bold, float size, float available) {
        int n = t.columns().size();
        float[] least = new float[n];
        float[] natural = new float[n];
        for (int c = 0; c < n; c++) {
            String heading = t.columns().get(c).heading();
            least[c] = widestPiece(heading, bold, size) + PADDING;
            natural[c] = bold.getWidthPoint(heading, size) + PADDING;
            for (List<Object> row : t.rows()) {
                String s = cellText(row.get(c));
                least[c] = Math.max(least[c], widestPiece(s, regular, size) + PADDING);
                natural[c] = Math.max(natural[c], regular.getWidthPoint(s, size) + PADDING);
            }
            natural[c] = Math.max(least[c], Math.min(natural[c], cap(t.columns().get(c))));
            if (t.columns().get(c).kind() == Column.Kind.DATE || t.columns().get(c).kind() == Column.Kind.NUMBER) {
                least[c] = natural[c]; // a date or a number is never broken over lines
            }
        }
        return share(least, natural, available);
    }

    /** Each column gets its unbreakable width, then the room left in proportion to what it still wants. */
    private static float[] share(float[] least, float[] natural, float available) {
        float[] w = new float[least.length];
        float wanted = sum(natural) - sum(least);
        float room = available - sum(least);
        float k = room <= 0 || wanted <= 0 ? 0 : Math.min(1f, room / wanted);
        for (int c = 0; c < w.length; c++) {
            w[c] = least[c] + (natural[c] - least[c]) * k;
        }
        float scale = Math.min(1f, available / sum(w)); // only if even single words do not fit
        for (int c = 0; c < w.length; c++) {
            w[c] *= scale;
        }
        return w;
    }

    /** Widens all columns alike so the table is at least {@code total} wide (room for its caption). */
    static float[] atLeast(float[] w, float total) {
        float sum = sum(w);
        if (sum >= total) {
            return w;
        }
        for (int c = 0; c < w.length; c++) {
            w[c] *= total / sum;
        }
        return w;
    }

    private static float widestPiece(String s, BaseFont font, float size) {
        float widest = 0;
        for (String piece : LineBreaks.pieces(s)) {
            widest = Math.max(widest, font.getWidthPoint(piece, size));
        }
        return widest;
    }

    private static float cap(Column col) {
        return switch (col.kind()) {
            case WIDE_TEXT -> WIDE_CAP;
            case TEXT -> TEXT_CAP;
            default -> Float.MAX_VALUE;
        };
    }

    /** Width is measured on the text the writer shows; dates are short พ.ศ. text of about this length. */
    private static String cellText(Object v) {
        return v instanceof java.time.LocalDate ? "30 พ.ย. 2568" : String.valueOf(v);
    }

    private static float sum(float[] w) {
        float s = 0;
        for (float x : w) {
            s += x;
        }
        return s;
    }
}
