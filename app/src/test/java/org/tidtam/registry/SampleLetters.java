package org.tidtam.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Letters and files made in the tests themselves (no binary blobs in the repository). */
final class SampleLetters {
    static final Path THAI_FONT = Path.of("/usr/share/fonts/truetype/tlwg/Garuda.ttf");

    private SampleLetters() { }

    /** An external letter with a deadline (10 April 2025) in its body. */
    static String letter(String grade, String number, String sender, String subject) {
        return (grade.isEmpty() ? "" : grade + "\n") + "ด่วนที่สุด\n"
                + "ที่ " + number + "\n"
                + sender + "\n"
                + "ถนนศูนย์ราชการ ขก ๔๐๐๐๐\n"
                + "๓ มีนาคม ๒๕๖๘\n"
                + "เรื่อง " + subject + "\n"
                + "เรียน นายอำเภอทุกอำเภอ\n"
                + "ด้วย" + sender + "ขอให้รายงานผลการดำเนินงานภายในวันที่ ๑๐ เมษายน ๒๕๖๘\n"
                + "จึงเรียนมาเพื่อโปรดดำเนินการ\n"
                + "ขอแสดงความนับถือ\n";
    }

    static String letter(String number, String subject) {
        return letter("", number, "จังหวัดขอนแก่น", subject);
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static boolean thaiFontPresent() { return Files.isReadable(THAI_FONT); }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(PDType0Font.load(doc, THAI_FONT.toFile()), 12);
                content.newLineAtOffset(40, 740);
                for (String line : text.split("\n")) {
                    content.showText(line);
                    content.newLineAtOffset(0, -18);
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
