package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {
    private static byte[] bytes;
    private static List<List<String>> rows;

    @BeforeAll
    static void write() throws Exception {
        bytes = ReadBack.weekly(ReportFormat.CSV);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1); // after the BOM
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
            rows = it.readAll().stream().map(Arrays::asList).toList();
        }
    }

    @Test
    void startsWithTheUtf8ByteOrderMarkSoExcelReadsThai() {
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void holdsTheLettersWithThaiTextAndBuddhistEraDates() {
        assertThat(rows.get(0)).containsExactly("สรุปหนังสือรับและกำหนดส่งประจำสัปดาห์");
        List<String> header = row("เลขทะเบียนรับ");
        assertThat(header).containsExactly("เลขทะเบียนรับ", "วันที่รับ", "ชั้นความเร็ว", "ที่", "ลงวันที่", "จาก",
                "เรื่อง", "ผู้รับผิดชอบ", "สถานะ", "ชั้นความลับ");
        assertThat(row("2568/121")).containsExactly("2568/121", "12 พ.ค. 2568", "ด่วนที่สุด", "มท ๐๘๑๖.๒/ว ๑๒๓๔",
                "9 พ.ค. 2568", "กรมส่งเสริมการปกครองท้องถิ่น", "ขอความร่วมมือสำรวจข้อมูลผู้สูงอายุ ปีงบประมาณ ๒๕๖๘",
                "นางสาวปิยะนุช ศรีสุข (กลุ่มงานอำนวยการ)", "มอบหมายแล้ว", "");
        assertThat(row("2568/123")).contains("ลับมาก").doesNotContain(Samples.SECRET_SUBJECT);
    }

    @Test
    void prefixesFormulaLikeTextWithAnApostrophe() {
        List<String> risky = row("2568/124");
        assertThat(risky.get(6)).isEqualTo("'" + Samples.FORMULA_SUBJECT);
        assertThat(risky.get(5)).isEqualTo("'-สำนักงานศึกษาธิการจังหวัด");
        assertThat(rows).flatMap(r -> r).noneMatch(FormulaGuard::isRisky);
    }

    @Test
    void separatesTablesWithAnEmptyLine() {
        int title = rows.indexOf(List.of("หนังสือรับในสัปดาห์"));
        assertThat(title).isPositive();
        assertThat(rows.get(title - 1)).allMatch(String::isEmpty);
    }

    private static List<String> row(String first) {
        return rows.stream().filter(r -> r.get(0).equals(first)).findFirst().orElseThrow();
    }
}
