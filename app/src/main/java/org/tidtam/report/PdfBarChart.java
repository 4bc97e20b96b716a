package org.tidtam.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.List;

/** Draws a small clustered bar chart of a table (first column: categories; others: series) as vector art. */
final class PdfBarChart {
    private static final List<Color> COLORS = List.of(new Color(0x2E, 0x6F, 0xB7), new Color(0xE0, 0x8A, 0x1E),
            new Color(0x4C, 0xA0, 0x4C));
    private static final float WIDTH = 560f;
    private static final float HEIGHT = 230f;
    private static final float LEFT = 30f;
    private static final float BOTTOM = 40f;
    private static final float TOP = 36f;

    private PdfBarChart() { }

    static Image image(PdfContentByte canvas, String title, Table table, Font font) {
        PdfTemplate t = canvas.createTemplate(WIDTH, HEIGHT);
        int max = Math.max(1, maxValue(table));
        float plotW = WIDTH - LEFT - 10f;
        float plotH = HEIGHT - BOTTOM - TOP;
        label(t, title, WIDTH / 2, HEIGHT - 18f, Element.ALIGN_CENTER, font);
        axes(t, plotW, plotH, max, font);
        bars(t, table, plotW, plotH, max, font);
        legend(t, table, font);
        Image image = Image.getInstance(t);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingBefore(12f);
        return image;
    }

    private static void axes(PdfTemplate t, float plotW, float plotH, int max, Font font) {
        t.setColorStroke(Color.GRAY);
        t.setLineWidth(0.5f);
        int step = Math.max(1, (int) Math.ceil(max / 5.0));
        for (int v = 0; v <= max; v += step) {
            float y = BOTTOM + plotH * v / max;
            t.moveTo(LEFT, y);
            t.lineTo(LEFT + plotW, y);
            label(t, String.valueOf(v), LEFT - 4f, y - 4f, Element.ALIGN_RIGHT, font);
        }
        t.stroke();
    }

    private static void bars(PdfTemplate t, Table table, float plotW, float plotH, int max, Font font) {
        int series = table.columns().size() - 1;
        float slot = plotW / Math.max(1, table.rows().size());
        float bar = slot * 0.7f / series;
        for (int i = 0; i < table.rows().size(); i++) {
            List<Object> row = table.rows().get(i);
            float x0 = LEFT + i * slot + slot * 0.15f;
            for (int s = 0; s < series; s++) {
                float h = plotH * number(row.get(s + 1)) / max;
                t.setColorFill(COLORS.get(s % COLORS.size()));
                t.rectangle(x0 + s * bar, BOTTOM, bar - 1f, h);
                t.fill();
            }
            label(t, String.valueOf(row.get(0)), LEFT + i * slot + slot / 2, BOTTOM - 14f, Element.ALIGN_CENTER, font);
        }
    }

    private static void legend(PdfTemplate t, Table table, Font font) {
        float x = LEFT;
        for (int s = 1; s < table.columns().size(); s++) {
            t.setColorFill(COLORS.get((s - 1) % COLORS.size()));
            t.rectangle(x, 6f, 10f, 10f);
            t.fill();
            String name = table.columns().get(s).heading();
            label(t, name, x + 14f, 7f, Element.ALIGN_LEFT, font);
            x += 24f + ColumnWidths.visible(name) * 7f;
        }
    }

    private static void label(PdfTemplate t, String s, float x, float y, int align, Font font) {
        t.setColorFill(Color.BLACK);
        ColumnText.showTextAligned(t, align, new Phrase(s, font), x, y, 0);
    }

    private static int maxValue(Table table) {
        int max = 0;
        for (List<Object> row : table.rows()) {
            for (int c = 1; c < row.size(); c++) {
                max = Math.max(max, number(row.get(c)));
            }
        }
        return max;
    }

    private static int number(Object v) { return v instanceof Number n ? n.intValue() : 0; }
}
