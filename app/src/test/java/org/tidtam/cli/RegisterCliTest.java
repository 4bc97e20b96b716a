package org.tidtam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The register commands end to end on a temporary database, through TidtamCli.run. */
class RegisterCliTest {
    @TempDir Path dir;
    Path db;

    record Run(int code, String out, String err) {
        List<String> errLines() { return err.isBlank() ? List.of() : err.strip().lines().toList(); }
    }

    @BeforeEach
    void setUp() { db = dir.resolve("data/tidtam.db"); }

    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString(), "--today", "2025-03-10"));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TidtamCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    Run add(String... extra) {
        List<String> args = new ArrayList<>(List.of("register", "add", "--number", "ขก 0017.5/ว 13576",
                "--date", "2025-03-07", "--from", "สำนักงานจังหวัดขอนแก่น", "--to", "นายอำเภอ",
                "--subject", "ขอเชิญประชุมคณะกรรมการ"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    @Test
    void addPrintsTheNumberAndListShowsTheRows() {
        assertThat(add()).isEqualTo(new Run(0, "2568/1\n", ""));
        assertThat(add("--urgency", "ด่วนที่สุด", "--received", "2025-03-10T14:05").out()).isEqualTo("2568/2\n");
        Run list = run("register", "list", "--year", "2568");
        assertThat(list.code()).isZero();
        assertThat(list.out().lines().toList()).hasSize(3);
        assertThat(list.out()).contains("2568/2\t10 มีนาคม 2568 14:05\tขก 0017.5/ว 13576\t7 มีนาคม 2568")
                .contains("ด่วนที่สุด").contains("2568/1\t10 มีนาคม 2568 09:00");
        assertThat(run("register", "list", "--year", "2567")).satisfies(r -> assertThat(r.code()).isEqualTo(1));
        assertThat(run("register", "list", "--limit", "1").out().lines().count()).isEqualTo(2);
    }

    @Test
    void listAndShowAsJson() throws Exception {
        add();
        add();
        JsonNode rows = Json.MAPPER.readTree(run("register", "list", "--json").out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("regNo").get("number").asInt()).isEqualTo(2);
        JsonNode shown = Json.MAPPER.readTree(run("register", "show", "2568/1", "--json").out());
        assertThat(shown.get("letter").get("fields").get("sender").asText()).isEqualTo("สำนักงานจังหวัดขอนแก่น");
        assertThat(shown.get("history").get(0).get("field").asText()).isEqualTo("registered");
    }

    @Test
    void cancelKeepsTheEntryAndShowsTheMark() {
        add();
        assertThat(run("register", "cancel", "2568/1", "--reason", "ลงซ้ำ").code()).isZero();
        assertThat(run("register", "list").out()).contains("[ยกเลิก]");
        Run show = run("register", "show", "๒๕๖๘/๑");
        assertThat(show.out()).contains("ยกเลิก: ลงซ้ำ").contains("cancelled: — → ลงซ้ำ");
        Run again = run("register", "cancel", "2568/1", "--reason", "อีกครั้ง");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.errLines()).containsExactly("ทะเบียนรับที่ 2568/1 ถูกยกเลิกไปแล้ว");
        assertThat(add().out()).isEqualTo("2568/2\n");
    }

    @Test
    void editIsAuditedFieldByField() {
        add();
        Run edit = run("register", "edit", "2568/1", "--subject", "ขอเชิญประชุม (แก้ไข)", "--remarks", "โทรแจ้งแล้ว");
        assertThat(edit.code()).isZero();
        assertThat(edit.out()).contains("2568/1").contains("2");
        assertThat(run("register", "show", "2568/1").out())
                .contains("subject: ขอเชิญประชุมคณะกรรมการ → ขอเชิญประชุม (แก้ไข)")
                .contains("remarks: — → โทรแจ้งแล้ว");
        assertThat(run("register", "edit", "2568/1").code()).isEqualTo(2);
        assertThat(run("register", "edit", "2568/9", "--subject", "x").code()).isEqualTo(1);
    }

    @Test
    void aReceivedDateBeforeTheLetterDateIsOnlyAWarning() {
        Run r = add("--received", "2025-03-01T10:00");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("2568/1\n");
        assertThat(r.errLines()).singleElement().asString().startsWith("คำเตือน").contains("2025-03-01");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no sender            | --from      |                   | ยังไม่ได้ระบุผู้ส่ง (จาก)
            no subject           | --subject   | ' '               | ยังไม่ได้ระบุเรื่อง
            30 February          | --date      | 2025-02-30        | '2025-02-30' ไม่ใช่วันที่ที่มีอยู่จริง
            30 February BE       | --date      | 2568-02-30        | '2568-02-30' ไม่ใช่วันที่ที่มีอยู่จริง
            not a date           | --date      | 10/3/2568         | '10/3/2568' ไม่ใช่วันที่ที่มีอยู่จริง
            year too early       | --date      | 1800-01-01        | ปี พ.ศ. 2343 อยู่นอกช่วง ๒๔๐๐–๒๗๐๐
            year too late        | --date      | 2800-01-01        | ปี พ.ศ. 2800 อยู่นอกช่วง ๒๔๐๐–๒๗๐๐
            received impossible  | --received  | 2025-02-29T09:00  | '2025-02-29' ไม่ใช่วันที่ที่มีอยู่จริง
            received malformed   | --received  | yesterday         | 'yesterday' ไม่ใช่วันและเวลาในรูปแบบ ปปปป-ดด-ววTชช:นน
            bad urgency          | --urgency   | เร็ว               | 'เร็ว' ไม่ใช่ชั้นความเร็ว (ปกติ ด่วน ด่วนมาก ด่วนที่สุด)
            """)
    void badInputGetsOneClearLineAndChangesNothing(String name, String option, String value, String message) {
        add();
        List<String> args = new ArrayList<>(List.of("register", "add", "--number", "1", "--date", "2025-03-07",
                "--from", "จังหวัด", "--subject", "เรื่อง"));
        int at = args.indexOf(option);
        if (value == null) {
            args.remove(at + 1);
            args.remove(at);
        } else if (at >= 0) {
            args.set(at + 1, value);
        } else {
            args.addAll(List.of(option, value));
        }
        Run r = run(args.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly(message);
        assertThat(run("register", "list").out().lines().count()).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotADatabaseIsLeftAlone() throws Exception {
        Files.createDirectories(db.getParent());
        Files.writeString(db, "บันทึกส่วนตัว");
        Run r = add();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("ไม่ใช่ฐานข้อมูลของติดตาม");
        assertThat(Files.readString(db)).isEqualTo("บันทึกส่วนตัว");
    }

    @Test
    void badRegistrationNumbersAndMissingEntries() {
        assertThat(run("register", "show", "abc").errLines())
                .containsExactly("'abc' ไม่ใช่เลขทะเบียนรับในรูปแบบ ปี/เลขที่ เช่น 2568/15");
        Run missing = run("register", "show", "2568/7");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.errLines()).containsExactly("ไม่พบทะเบียนรับที่ 2568/7");
        assertThat(run("register", "cancel", "2568/7", "--reason", "x").code()).isEqualTo(1);
    }

    @Test
    void englishMessagesAndIsoDates() {
        add();
        Run r = run("--lang", "en", "register", "list");
        assertThat(r.out()).contains("Reg. no.").contains("2568/1\t2025-03-10 09:00");
        assertThat(run("--lang", "en", "register", "show", "2568/9").errLines())
                .containsExactly("No entry 2568/9 in the register.");
    }

    @Test
    void helpDocumentsTheExitCodes() {
        assertThat(run("register", "--help").out()).contains("Exit codes").contains("1").contains("nothing found");
        assertThat(run("register", "add", "--help").out()).contains("--received").contains("Exit codes");
    }

    @Test
    void generateFillsTheRegisterAndBenchMeasuresIt() {
        Run gen = run("dev", "generate", "--letters", "300", "--seed", "3", "--years", "2");
        assertThat(gen.code()).isZero();
        assertThat(gen.err()).contains("letters: 300").contains("index");
        Run list = run("register", "list", "--year", "2567");
        assertThat(list.code()).isZero();
        assertThat(list.out().lines().count()).isBetween(100L, 200L);
        assertThat(list.out()).contains("2567/1\t1 มกราคม 2567");
        Run bench = run("bench", "search", "--runs", "1");
        assertThat(bench.code()).isZero();
        assertThat(bench.out()).contains("letters                      300").contains("search 10 chars");
    }
}
