package org.tidtam.ui.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small provincial letters (each with its own number, so none is a duplicate) and a broken PDF. */
final class ImportLetters {
    private ImportLetters() { }

    static String letter(int n) {
        return """
                ด่วน
                ที่ ขก ๐๐๑๗.๒/ว %d
                                                        ศาลากลางจังหวัดขอนแก่น
                                        ๑๐ มกราคม ๒๕๖๘
                เรื่อง  ขอให้รายงานผลการดำเนินงานโครงการที่ %d
                เรียน  นายอำเภอทุกอำเภอ
                        จึงขอให้อำเภอรายงานผลการดำเนินงานให้จังหวัดทราบ ภายในวันที่ ๒๐ มกราคม ๒๕๖๘
                                        ขอแสดงความนับถือ
                                        ผู้ว่าราชการจังหวัดขอนแก่น
                """.formatted(1000 + n, n);
    }

    /** A folder with two letters in a subfolder-free layout and one PDF whose bytes are not a PDF. */
    static Path folderOfThree(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("incoming"));
        Files.writeString(folder.resolve("a-letter.txt"), letter(1), StandardCharsets.UTF_8);
        Files.write(folder.resolve("b-broken.pdf"), "%PDF-1.7 not really a pdf \u0000\u0001".getBytes(StandardCharsets.ISO_8859_1));
        Path sub = Files.createDirectories(folder.resolve("sub"));
        Files.writeString(sub.resolve("c-letter.txt"), letter(2), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("notes.csv"), "not a letter file", StandardCharsets.UTF_8);
        return folder;
    }
}
