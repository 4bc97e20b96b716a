package org.tidtam.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.tidtam.i18n.TidtamException;

/**
 * Reads a .docx with POI (body, tables, headers and footers) after {@link ZipGuard} has checked the
 * archive. POI's own ZIP limits are set too, as a second line; they are JVM-wide, so the strictest
 * limits any FileIntake asked for win.
 */
final class DocxReader {
    private DocxReader() { }

    static Extracted read(String name, byte[] bytes, IntakeLimits limits, TimeBudget budget) {
        ZipGuard.check(name, bytes, limits, budget);
        applyPoiLimits(limits);
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            budget.check();
            text = extractor.getText();
        } catch (IOException | RuntimeException e) {
            if (e instanceof TidtamException t) {
                throw t;
            }
            throw new TidtamException(e, "intake.docx.corrupt", name);
        }
        budget.check();
        List<IntakeWarning> warnings = new ArrayList<>();
        return new Extracted(TextCap.cap(name, text, limits.maxChars(), warnings), null, 0, warnings);
    }

    private static synchronized void applyPoiLimits(IntakeLimits limits) {
        double minInflateRatio = 1.0 / limits.maxCompressionRatio();
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), minInflateRatio));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), limits.maxZipUncompressedBytes()));
        ZipSecureFile.setMaxFileCount(Math.min(ZipSecureFile.getMaxFileCount(), limits.maxZipEntries()));
    }
}
