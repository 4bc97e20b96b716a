package org.tidtam.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.tidtam.i18n.TidtamException;
import org.tidtam.thai.ThaiMarkOrder;

/**
 * Reads a PDF's text layer page by page (so the time budget and the page limit are checked between
 * pages), then puts Thai marks in order. A PDF whose pages carry (almost) no text is a scan: the clerk
 * is told it needs OCR rather than handed an empty letter.
 */
final class PdfReader {
    /** Fewer letters than this per page on average means there is no real text layer. */
    static final int MIN_LETTERS_PER_PAGE = 20;
    /** PDFBox's scratch buffers stay in memory up to this, then spill to a temp file. */
    private static final long SCRATCH_MEMORY = 64 * IntakeLimits.MB;

    private PdfReader() { }

    static Extracted read(String name, byte[] bytes, IntakeLimits limits, TimeBudget budget) {
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMixed(SCRATCH_MEMORY).streamCache)) {
            return extract(name, doc, limits, budget);
        } catch (InvalidPasswordException e) {
            throw new TidtamException(e, "intake.pdf.encrypted", name);
        } catch (IOException e) {
            throw new TidtamException(e, "intake.pdf.corrupt", name);
        }
    }

    private static Extracted extract(String name, PDDocument doc, IntakeLimits limits, TimeBudget budget)
            throws IOException {
        int pages = doc.getNumberOfPages();
        if (pages == 0) {
            throw new TidtamException(new IOException("no pages"), "intake.pdf.corrupt", name);
        }
        List<IntakeWarning> warnings = new ArrayList<>();
        int readPages = Math.min(pages, limits.maxPdfPages());
        if (readPages < pages) {
            warnings.add(IntakeWarning.of("intake.warning.pagesLimited", name, pages, readPages));
        }
        PdfPages text = PdfPages.read(doc, readPages, limits.maxChars(), budget);
        judgeTextLayer(name, text, readPages, warnings);
        String normalised = ThaiMarkOrder.normalise(text.text());
        if (text.truncated()) {
            warnings.add(IntakeWarning.of("intake.warning.truncated", name, limits.maxChars()));
        }
        return new Extracted(TextCap.cap(name, normalised, limits.maxChars(), new ArrayList<>()), null, pages,
                warnings);
    }

    private static void judgeTextLayer(String name, PdfPages text, int pages, List<IntakeWarning> warnings) {
        if (text.letters() < (long) MIN_LETTERS_PER_PAGE * pages) {
            throw new TidtamException("intake.pdf.needsOcr", name, pages);
        }
        if (text.unreadable() * 10L > text.letters()) {
            throw new TidtamException("intake.pdf.unreadableText", name);
        }
        if (!text.pagesWithoutText().isEmpty()) {
            warnings.add(IntakeWarning.of("intake.warning.pagesWithoutText", name,
                    PdfPages.describe(text.pagesWithoutText())));
        }
    }
}
