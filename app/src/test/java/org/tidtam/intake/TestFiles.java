package org.tidtam.intake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Makes the test files in the tests themselves, so no binary blobs are kept in the repository. */
final class TestFiles {
    static final Path THAI_FONT = Path.of("/usr/share/fonts/truetype/tlwg/Garuda.ttf");

    private TestFiles() { }

    static boolean thaiFontPresent() { return Files.isReadable(THAI_FONT); }

    /** A PDF with one page per entry of lines; Thai text needs {@link #THAI_FONT}. */
    static byte[] pdf(List<String> pages, boolean thai) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = thai ? PDType0Font.load(doc, THAI_FONT.toFile())
                    : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    writeLines(content, font, text);
                }
            }
            return save(doc);
        }
    }

    private static void writeLines(PDPageContentStream content, PDFont font, String text) throws IOException {
        content.beginText();
        content.setFont(font, 14);
        content.newLineAtOffset(50, 700);
        for (String line : text.split("\n")) {
            content.showText(line);
            content.newLineAtOffset(0, -20);
        }
        content.endText();
    }

    /** A scanned letter: one page that is only a picture. */
    static byte[] imageOnlyPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scan.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.BLACK);
            g.drawLine(10, 50, 190, 50);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 50, 500);
            }
            return save(doc);
        }
    }

    static byte[] encryptedPdf(String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                writeLines(content, new PDType1Font(Standard14Fonts.FontName.HELVETICA), "Secret letter text, long enough to count as a text layer");
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                doc.createParagraph().createRun().setText(text);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A ZIP whose one entry inflates from a few KB to {@code megabytes} MB of zeros. */
    static byte[] zipBomb(int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static byte[] zipWithEntries(int count) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("e" + i));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
