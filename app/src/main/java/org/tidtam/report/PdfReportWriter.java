package org.tidtam.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a report as an A4 landscape PDF with the Thai font embedded: each section's tables with their
 * heading row repeated on every page, the section's chart drawn below, page numbers in the footer.
 */
public final class PdfReportWriter {
    static final float BODY = 13f;
    /** Rows laid out at a time in a long table. */
    static final int BATCH = 50;
    private static final Color HEADER_FILL = new Color(0xE0, 0xE0, 0xE0);

    private final ExportSettings settings;
    private final ReportText text;

    public PdfReportWriter(ExportSettings settings) {
        this.settings = settings;
        this.text = settings.text();
    }

    public void write(ReportDocument doc, OutputStream out) throws IOException {
        PdfFonts.Faces faces = PdfFonts.find(settings.pdfFont());
        Document pdf = new Document(PageSize.A4.rotate(), 36, 36, 36, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new Footer(new Font(faces.regular(), 11f)));
            pdf.addTitle(doc.title());
            pdf.addCreator("Tidtam");
            pdf.open();
            new Body(pdf, writer, faces).write(doc);
        } catch (DocumentException e) {
            throw new IOException("PDF layout failed: " + e.getMessage(), e);
        } finally {
            if (pdf.isOpen()) {
                pdf.close();
            }
        }
    }

    /** Lays out one document; holds the fonts so the methods stay short. */
    private final class Body {
        private final Document pdf;
        private final PdfWriter writer;
        private final Font regular;
        private final Font bold;
        private final Font title;
        private final Font heading;
        private final ThaiSplitCharacter splitter = new ThaiSplitCharacter();

        Body(Document pdf, PdfWriter writer, PdfFonts.Faces faces) {
            this.pdf = pdf;
            this.writer = writer;
            regular = new Font(faces.regular(), BODY);
            bold = new Font(faces.bold(), BODY);
            title = new Font(faces.bold(), 20f);
            heading = new Font(faces.bold(), 16f);
        }

        void write(ReportDocument doc) {
            pdf.add(centered(doc.title(), title));
            pdf.add(centered(doc.subtitle(), regular));
            for (Section section : doc.sections()) {
                // a single table's caption row names the section and stays with it across pages
                if (section.tables().size() > 1) {
                    Paragraph p = new Paragraph(section.name(), heading);
                    p.setSpacingBefore(12f);
                    pdf.add(p);
                }
                for (Table table : section.tables()) {
                    addTable(table, section.tables().size() > 1 ? bold : heading);
                }
                if (section.chart() != null) {
                    Table data = section.tables().get(section.chart().tableIndex());
                    pdf.add(PdfBarChart.image(writer.getDirectContent(), section.chart().title(), data, regular));
                }
            }
        }

        private Paragraph centered(String s, Font font) {
            Paragraph p = new Paragraph(s, font);
            p.setAlignment(Element.ALIGN_CENTER);
            return p;
        }

        /**
         * Adds a table as a "large element": rows go to the page in batches, so a register of thousands of
         * rows is laid out in linear time and memory instead of being re-measured whole for every page.
         */
        private void addTable(Table t, Font captionFont) {
            PdfPTable table = start(t, captionFont);
            boolean large = t.rows().size() > BATCH;
            table.setComplete(!large);
            int n = 0;
            for (List<Object> row : t.rows()) {
                for (Object v : row) {
                    table.addCell(cell(show(v), regular, v instanceof Number ? Element.ALIGN_RIGHT
                            : Element.ALIGN_LEFT, null));
                }
                if (large && ++n % BATCH == 0) {
                    pdf.add(table);
                }
            }
            table.setComplete(true);
            pdf.add(table);
        }

        private PdfPTable start(Table t, Font captionFont) {
            float[] widths = PdfColumnWidths.atLeast(PdfColumnWidths.fit(t, regular.getBaseFont(),
                    bold.getBaseFont(), BODY, pdf.right() - pdf.left()),
                    captionFont.getBaseFont().getWidthPoint(t.title(), captionFont.getSize()) + 8f);
            PdfPTable table = new PdfPTable(widths.length);
            table.setTotalWidth(widths);
            table.setLockedWidth(true);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.setSpacingBefore(10f);
            table.setHeaderRows(2);
            table.setKeepTogether(t.columns().size() <= 3 && t.rows().size() < 25); // small count tables stay whole
            PdfPCell caption = new PdfPCell(new Phrase(t.title(), captionFont));
            caption.setColspan(t.columns().size());
            caption.setBorder(PdfPCell.NO_BORDER);
            table.addCell(caption);
            for (Column c : t.columns()) {
                table.addCell(cell(c.heading(), bold, Element.ALIGN_CENTER, HEADER_FILL));
            }
            if (t.rows().isEmpty()) {
                PdfPCell none = cell(text.get("none"), regular, Element.ALIGN_LEFT, null);
                none.setColspan(t.columns().size());
                table.addCell(none);
            }
            return table;
        }

        private PdfPCell cell(String s, Font font, int align, Color fill) {
            Chunk chunk = new Chunk(s, font);
            chunk.setSplitCharacter(splitter);
            PdfPCell c = new PdfPCell(new Phrase(chunk));
            c.setHorizontalAlignment(align);
            c.setLeading(0f, 1.4f); // Thai stacks marks above and vowels below: lines need more room
            c.setPaddingTop(1f);
            c.setPaddingBottom(5f); // room for vowels below the line (ุ ู)
            if (fill != null) {
                c.setBackgroundColor(fill);
            }
            return c;
        }
    }

    private String show(Object v) {
        return v instanceof LocalDate d ? text.date(d) : String.valueOf(v);
    }

    /** "หน้า n" at the foot of every page. */
    private final class Footer extends PdfPageEventHelper {
        private final Font font;

        Footer(Font font) { this.font = font; }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String label = text.get("page", String.valueOf(writer.getPageNumber()));
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(label, font),
                    (document.left() + document.right()) / 2, document.bottom() - 20, 0);
        }
    }
}
