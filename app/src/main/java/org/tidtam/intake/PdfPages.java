package org.tidtam.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF's first pages, gathered one page at a time, with the counts needed to tell a real
 * text layer from a scan: letters, unreadable characters (glyphs without a Unicode mapping come out as
 * U+FFFD or private-use code points) and the pages that have no text.
 */
record PdfPages(String text, long letters, long unreadable, List<Integer> pagesWithoutText, boolean truncated) {
    /** A page with fewer letters than this is counted as having no text (a scanned page). */
    private static final int MIN_LETTERS_ON_A_PAGE = 5;

    static PdfPages read(PDDocument doc, int pages, int maxChars, TimeBudget budget) throws IOException {
        PDFTextStripper stripper = new BudgetedTextStripper(budget);
        StringBuilder text = new StringBuilder();
        List<Integer> empty = new ArrayList<>();
        long letters = 0;
        long unreadable = 0;
        for (int page = 1; page <= pages; page++) {
            budget.check();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String pageText = stripper.getText(doc);
            long pageLetters = pageText.codePoints().filter(Character::isLetterOrDigit).count();
            letters += pageLetters;
            unreadable += pageText.codePoints().filter(PdfPages::isUnreadable).count();
            if (pageLetters < MIN_LETTERS_ON_A_PAGE) {
                empty.add(page);
            }
            text.append(pageText);
            if (text.length() > maxChars) {
                return new PdfPages(text.toString(), letters, unreadable, empty, true);
            }
        }
        return new PdfPages(text.toString(), letters, unreadable, empty, false);
    }

    /** "2, 5, 7" — at most ten page numbers, then "…". */
    static String describe(List<Integer> pages) {
        String shown = pages.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "));
        return pages.size() > 10 ? shown + ", …" : shown;
    }

    private static boolean isUnreadable(int cp) {
        return cp == 0xFFFD || Character.getType(cp) == Character.PRIVATE_USE;
    }
}
