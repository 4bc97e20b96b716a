package org.tidtam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;
import org.tidtam.report.ReportSource;
import org.tidtam.report.SummaryDeadline;
import org.tidtam.report.SummaryLetter;
import picocli.CommandLine;

class ExportCommandTest {
    @TempDir Path dir;
    private final FakeSource source = new FakeSource();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void writesTheWeekOfTheGivenDayAsJson() throws Exception {
        Path file = dir.resolve("weekly.json");
        int code = run("--today", "2025-05-14", "export", "weekly", "--week-of", "2025-05-13", "--format", "json",
                "--out", file.toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("weekStart").asText()).isEqualTo("2025-05-12");
        assertThat(root.get("asOf").asText()).isEqualTo("2025-05-14");
        assertThat(root.get("letters").get(0).get("subject").asText()).isEqualTo("ขอเชิญประชุม");
        assertThat(root.get("dueSoon").get(0).get("daysLeft").asInt()).isEqualTo(1);
        assertThat(source.asked).containsExactly("letters 2025-05-12..2025-05-18", "deadlines since 2025-05-12");
        assertThat(source.closed).isTrue();
        assertThat(out.toString()).contains("weekly.json");
    }

    @Test
    void weekDefaultsToTodayAndFormatToTheFileExtension() {
        Path file = dir.resolve("weekly.xlsx");
        assertThat(run("--today", "2025-05-20", "export", "weekly", "--out", file.toString())).isZero();
        assertThat(file).isNotEmptyFile();
        assertThat(source.asked.get(0)).isEqualTo("letters 2025-05-19..2025-05-25");
    }

    @Test
    void refusesToOverwriteWithoutForceAndLeavesTheFile() throws Exception {
        Path file = dir.resolve("weekly.csv");
        Files.writeString(file, "ของเดิม");
        int code = run("--today", "2025-05-14", "export", "weekly", "--format", "csv", "--out", file.toString());
        assertThat(code).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("มีอยู่แล้ว").contains("--force");
        assertThat(Files.readString(file)).isEqualTo("ของเดิม");
        assertThat(run("--today", "2025-05-14", "export", "weekly", "--format", "csv", "--out", file.toString(),
                "--force")).isZero();
        assertThat(Files.readString(file)).contains("ขอเชิญประชุม");
    }

    @Test
    void writesTheRegisterForARangeAsPdf() {
        Path file = dir.resolve("register.pdf");
        int code = run("export", "register", "--from", "2025-05-01", "--to", "2025-05-31", "--format", "pdf",
                "--out", file.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(file).isNotEmptyFile();
        assertThat(source.asked).containsExactly("letters 2025-05-01..2025-05-31");
    }

    @Test
    void explainsBadDatesRangesAndFormatsInThai() {
        assertThat(run("export", "weekly", "--week-of", "2025-02-30", "--out", dir.resolve("a.csv").toString()))
                .isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("'2025-02-30' ไม่ใช่วันที่");
        assertThat(run("export", "register", "--from", "2025-05-31", "--to", "2025-05-01", "--out",
                dir.resolve("r.pdf").toString())).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("ช่วงวันที่ไม่ถูกต้อง");
        assertThat(run("export", "register", "--from", "2025-05-01", "--to", "2025-05-31", "--format", "json",
                "--out", dir.resolve("r.json").toString())).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("'json'");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void readsTheRegisterOfTheDatabaseItIsGiven() throws Exception {
        String db = dir.resolve("db/t.db").toString();
        StringWriter e = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        assertThat(TidtamCli.run(new String[] {"--db", db, "--today", "2025-01-15", "register", "add",
                "--number", "กค 0402.2/ว 12", "--date", "2025-01-10", "--from", "กรมบัญชีกลาง",
                "--to", "ผู้ว่าราชการจังหวัด", "--subject", "แนวทางปฏิบัติในการจัดซื้อจัดจ้าง"},
                o, new PrintWriter(e))).as(e.toString()).isEqualTo(ExitCodes.OK);
        Path csv = dir.resolve("w.csv");

        int code = TidtamCli.run(new String[] {"--db", db, "--today", "2025-01-17", "export", "weekly",
                "--week-of", "2025-01-15", "--out", csv.toString()}, o, new PrintWriter(e));

        assertThat(code).as(e.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(csv)).contains("กรมบัญชีกลาง", "แนวทางปฏิบัติในการจัดซื้อจัดจ้าง", "2568");
    }

    private int run(String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == ExportCommand.class ? cls.cast(new ExportCommand(config -> source))
                        : CommandLine.defaultFactory().create(cls);
            }
        };
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("t.db").toString(), "--lang", "th"));
        all.addAll(List.of(args));
        return TidtamCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), factory);
    }

    /** Two letters and two deadlines; records what it was asked. */
    private static final class FakeSource implements ReportSource {
        final List<String> asked = new ArrayList<>();
        boolean closed;

        @Override
        public List<SummaryLetter> lettersReceived(LocalDate from, LocalDate to) {
            asked.add("letters " + from + ".." + to);
            return List.of(
                    new SummaryLetter(new RegistrationNumber(2568, 7), LocalDateTime.of(2025, 5, 12, 9, 0), "มท ๐๓๒๒/ว ๑",
                            LocalDate.of(2025, 5, 8), "กรมการปกครอง", "ผู้ว่าราชการจังหวัด", "ขอเชิญประชุม",
                            Urgency.URGENT, Secrecy.NORMAL, "", "", "กลุ่มงานอำนวยการ", "", LetterStatus.ASSIGNED, false));
        }

        @Override
        public List<SummaryDeadline> deadlines(LocalDate closedSince) {
            asked.add("deadlines since " + closedSince);
            return List.of(new SummaryDeadline(DeadlineKind.MEETING, LocalDate.of(2025, 5, 15), null, "เข้าประชุม",
                    new RegistrationNumber(2568, 7), "มท ๐๓๒๒/ว ๑", "ขอเชิญประชุม", Secrecy.NORMAL, "", "",
                    DeadlineStatus.OPEN, null));
        }

        @Override
        public void close() { closed = true; }
    }
}
