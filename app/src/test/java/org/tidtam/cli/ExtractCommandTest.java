package org.tidtam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final String LETTER = """
            ด่วนที่สุด
            ที่ มท ๐๓๒๒/ว ๕๕๘๗๘

            กรมการปกครอง (วังไชยา)
            ถนนนครสวรรค์ กทม. ๑๐๓๐๐

            ๒๕ ธันวาคม ๒๕๖๗

            เรื่อง การประชุมชี้แจง

            เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

            ด้วยกรมการปกครองขอให้รายงานผลภายในวันศุกร์ที่ ๓๐ พฤษภาคม ๒๕๖๘
            """;

    @TempDir
    Path dir;

    @Test
    void printsJsonInTheGoldShape() throws Exception {
        Path file = write("a.txt", LETTER);
        Run r = run("extract", file.toString());

        assertThat(r.code).isZero();
        assertThat(r.out).contains("\"letters\"", "\"number\" : \"มท ๐๓๒๒/ว ๕๕๘๗๘\"", "\"urgency\" : \"MOST_URGENT\"",
                "\"due\" : \"2025-05-30\"", "\"kind\" : \"REPORT\"", "\"span\"", "\"confidence\"");
    }

    @Test
    void writesOneJsonPerFile() throws Exception {
        Path a = write("a.txt", LETTER);
        Path b = write("b.ocr", LETTER);
        Path out = dir.resolve("out");

        Run r = run("extract", "--out", out.toString(), a.toString(), b.toString());

        assertThat(r.code).isZero();
        assertThat(out.resolve("a.json")).exists();
        assertThat(Files.readString(out.resolve("b.json"))).contains("2025-05-30");
    }

    @Test
    void explainsWhichRuleGaveEachValue() throws Exception {
        Run r = run("--lang", "en", "extract", "--explain", write("a.txt", LETTER).toString());

        assertThat(r.out).contains("NumberLine", "Within", "Report", "AddressBlock");
    }

    @Test
    void aMissingFileIsOneClearLineAndExitTwo() {
        Run r = run("extract", dir.resolve("none.txt").toString());

        assertThat(r.code).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err).contains("none.txt").contains("ไม่พบไฟล์").doesNotContain("Exception\n\tat");
    }

    @Test
    void anEmptyFileIsOneClearLineAndExitTwo() throws Exception {
        Run r = run("extract", write("empty.txt", "").toString());

        assertThat(r.code).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err).contains("empty.txt").contains("ว่างเปล่า");
    }

    @Test
    void benchPrintsItsFigures() throws Exception {
        Run r = run("--lang", "en", "bench", "extract", "--seconds", "1", write("a.txt", LETTER).toString());

        assertThat(r.code).isZero();
        assertThat(r.out).contains("MB/s", "letters/s", "slower");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TidtamCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) { }
}
