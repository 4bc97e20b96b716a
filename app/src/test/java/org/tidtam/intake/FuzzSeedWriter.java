package org.tidtam.intake;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the fuzzer's seed inputs (one small valid file per format) into the inputs folder. Run once
 * with -Dtidtam.writeFuzzSeeds=true from the app folder; the seeds are then kept in the repository.
 */
@EnabledIfSystemProperty(named = "tidtam.writeFuzzSeeds", matches = "true")
class FuzzSeedWriter {
    private static final Path INPUTS = Path.of("src/test/resources/org/tidtam/intake/FileIntakeFuzzTestInputs");
    private static final String THAI = "ที่ มท ๐๓๒๒/ว ๕๕๘๗๘\nเรื่อง ขอให้รายงาน ภายในวันที่ ๑๕ พฤษภาคม ๒๕๖๘\n";

    @Test
    void writeSeeds() throws IOException {
        write("fuzzText", "utf8", THAI.getBytes(StandardCharsets.UTF_8));
        write("fuzzText", "tis620", THAI.getBytes(Charset.forName("x-windows-874")));
        write("fuzzText", "utf16le-bom", TextIntakeTest.concat(TextIntakeTest.bytes(0xFF, 0xFE),
                THAI.getBytes(StandardCharsets.UTF_16LE)));
        byte[] pdf = TestFiles.pdf(List.of("Ministry of Interior\nPlease report by 15 May 2025"), false);
        byte[] docx = TestFiles.docx("ที่ ขก ๐๐๑๗.๒/ว ๑๒๓", "เรื่อง ขอเชิญประชุม");
        write("fuzzPdf", "english", pdf);
        write("fuzzDocx", "thai", docx);
        write("fuzzSniffed", "pdf", pdf);
        write("fuzzSniffed", "docx", docx);
        write("fuzzSniffed", "utf8", THAI.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(String method, String name, byte[] bytes) throws IOException {
        Path dir = Files.createDirectories(INPUTS.resolve(method));
        Files.write(dir.resolve("seed-" + name), bytes);
    }
}
