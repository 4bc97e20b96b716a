package org.tidtam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, search and extract end to end on a temporary database. */
class ImportSearchCliTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) { }

    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("data/tidtam.db").toString(),
                "--today", "2025-03-10"));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TidtamCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static String letter(String number, String subject) {
        return "ที่ " + number + "\nจังหวัดขอนแก่น\n๓ มีนาคม ๒๕๖๘\nเรื่อง " + subject
                + "\nเรียน นายอำเภอทุกอำเภอ\nขอให้รายงานผลภายในวันที่ ๑๐ เมษายน ๒๕๖๘\n";
    }

    Path file(String name, byte[] bytes) throws Exception {
        Files.createDirectories(dir.resolve("in"));
        return Files.write(dir.resolve("in").resolve(name), bytes);
    }

    @Test
    void importPrintsNumbersDuplicatesAndFailuresThenSearchFindsThaiSubstrings() throws Exception {
        Path a = file("a.txt", letter("ขก 0017/ว 1", "ขอเชิญประชุมคณะกรรมการป่าไม้").getBytes(StandardCharsets.UTF_8));
        Path b = file("b.txt", letter("ขก 0017/ว 2", "รายงานผลการเบิกจ่าย").getBytes(Charset.forName("x-windows-874")));
        Path bad = file("c.pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII));
        Run r = run("import", a.toString(), b.toString(), a.toString(), bad.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(a + "\tลงทะเบียนแล้ว เลขรับ 2568/1 (กำหนดเวลา 1 รายการ)");
        assertThat(lines.get(1)).startsWith(b + "\tลงทะเบียนแล้ว เลขรับ 2568/2");
        assertThat(lines.get(2)).isEqualTo(a + "\tข้าม: ซ้ำกับเลขรับ 2568/1");
        assertThat(lines.get(3)).isEqualTo(bad + "\tไม่ได้ลงทะเบียน: เปิดไฟล์ PDF 'c.pdf' ไม่ได้ ไฟล์อาจเสียหาย "
                + "ไม่สมบูรณ์ หรือถูกล็อกไว้ กรุณาขอไฟล์จากผู้ส่งอีกครั้ง");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("trailer").doesNotContain("header");
        assertThat(lines.get(4)).contains("ลงทะเบียน 2 ฉบับ").contains("ซ้ำ 1").contains("ไม่สำเร็จ 1");

        Run three = run("search", "ป่าไม้");
        assertThat(three.code()).isZero();
        assertThat(three.out().lines().toList()).hasSize(2).last().asString().startsWith("2568/1\t");
        Run two = run("search", "ผล", "--json");
        assertThat(two.code()).isZero();
        JsonNode rows = Json.MAPPER.readTree(two.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("subject").asText()).isEqualTo("รายงานผลการเบิกจ่าย");
        Run none = run("search", "ไม่มีคำนี้", "--year", "2568");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("ไม่มีคำนี้");
    }

    @Test
    void allRegisteredOrDuplicateExitsZeroAndDryRunWritesNothing() throws Exception {
        Path a = file("a.txt", letter("ขก 0017/ว 1", "ขอเชิญประชุม").getBytes(StandardCharsets.UTF_16));
        Run dry = run("import", "--dry-run", "--json", a.toString());
        assertThat(dry.code()).isZero();
        assertThat(Json.MAPPER.readTree(dry.out()).get(0).get("status").asText()).isEqualTo("wouldRegister");
        assertThat(run("search", "ประชุม").code()).isEqualTo(1);
        assertThat(run("import", a.toString()).code()).isZero();
        Run again = run("import", "--json", a.toString());
        assertThat(again.code()).isZero();
        assertThat(Json.MAPPER.readTree(again.out()).get(0).get("existing").asText()).isEqualTo("2568/1");
    }

    @Test
    void extractReadsLegacyThaiEncodings() throws Exception {
        Path a = file("a.txt", letter("ขก 0017/ว 1", "ขอเชิญประชุม").getBytes(Charset.forName("x-windows-874")));
        Run r = run("extract", a.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"subject\" : \"ขอเชิญประชุม\"");
    }
}
