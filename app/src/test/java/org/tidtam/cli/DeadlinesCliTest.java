package org.tidtam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.store.DeadlineDrafts.at;
import static org.tidtam.store.DeadlineDrafts.due;
import static org.tidtam.store.DeadlineDrafts.letter;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Urgency;

/** deadlines, deadlines done/dismiss, remind and export ics end to end on a temporary database. */
class DeadlinesCliTest {
    static final LocalDate TODAY = LocalDate.of(2025, 5, 10);
    @TempDir Path dir;
    Path db;
    long reportId;
    long meetingId;

    record Run(int code, String out, String err) { }

    @BeforeEach
    void seed() {
        db = dir.resolve("tidtam.db");
        var config = new AppConfig(db, dir, AppConfig.clockFor(TODAY.toString()), Messages.thai(), "clerk");
        try (Core core = Core.open(config)) {
            var l = core.registerStore().register(letter("ขอให้รายงานผลการเบิกจ่าย", TODAY.minusDays(5).atTime(10, 0),
                    "กองคลัง", "นายสมชาย", Urgency.NORMAL, due(DeadlineKind.REPORT, TODAY.plusDays(3), "รายงานผล"),
                    at(DeadlineKind.MEETING, TODAY.plusDays(1), LocalTime.of(13, 30), "เข้าประชุม")), "clerk");
            reportId = l.fields().deadlines().get(0).id();
            meetingId = l.fields().deadlines().get(1).id();
        }
    }

    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString(), "--today", TODAY.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TidtamCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void listsOpenDeadlinesInThaiWithBuddhistEraDaysAndDaysLeft() {
        Run r = run("deadlines");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(meetingId + "\t11 พ.ค. พ.ศ. 2568\t13:30\tประชุม/อบรม\tเหลือ 1 วัน\t2568/1")
                .contains("ขอให้รายงานผลการเบิกจ่าย").endsWith("นายสมชาย (กองคลัง)");
        assertThat(lines.get(2)).contains("13 พ.ค. พ.ศ. 2568", "รายงานผล", "เหลือ 3 วัน");
        assertThat(run("deadlines", "--kind", "report").out().lines()).hasSize(2);
        assertThat(run("deadlines", "--from", "2568-05-12", "--to", "2568-05-31").out()).contains("13 พ.ค.");
        Run none = run("deadlines", "--from", "2025-06-01");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("ไม่มีกำหนดส่ง");
    }

    @Test
    void doneAndDismissCloseDeadlinesWhichThenListUnderTheirStatus() throws Exception {
        Run done = run("deadlines", "done", String.valueOf(reportId), "--note", "ส่งแล้ว", "--reply-number", "ขก 0017/55");
        assertThat(done.code()).isZero();
        assertThat(done.out()).contains("ดำเนินการแล้ว");
        assertThat(run("deadlines", "dismiss", String.valueOf(meetingId), "--reason", "ยกเลิกการประชุม").code()).isZero();
        assertThat(run("deadlines").code()).isEqualTo(1);

        JsonNode all = Json.MAPPER.readTree(run("deadlines", "--status", "all", "--json").out());
        assertThat(all).hasSize(2);
        assertThat(all.get(1).get("status").asText()).isEqualTo("DONE");
        assertThat(all.get(1).get("replyNumber").asText()).isEqualTo("ขก 0017/55");
        assertThat(run("deadlines", "--status", "dismissed").out()).contains("ไม่ต้องดำเนินการ");
    }

    @Test
    void badInputGivesOneThaiLineAndChangesNothing() {
        Run again = run("deadlines", "dismiss", String.valueOf(reportId), "--reason", " ");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err().strip()).contains("เหตุผล").doesNotContain("Exception");
        assertThat(run("deadlines", "done", "999").err()).contains("999");
        assertThat(run("deadlines", "--from", "2025-13-01").code()).isEqualTo(2);
        assertThat(run("deadlines", "--from", "2025-06-01", "--to", "2025-05-01").err()).contains("กลับด้าน");
        assertThat(run("deadlines").out().lines()).hasSize(3);
    }

    @Test
    void remindExitsOneWhenRemindersAreDueAndZeroWhenNone() throws Exception {
        // at 09:00 on the 10th: the meeting's "1 day before" (08:00) and the report's "3 days before" fell due
        Run r = run("remind");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.out()).contains("อีก 1 วันครบกำหนด", "อีก 3 วันครบกำหนด");
        JsonNode json = Json.MAPPER.readTree(run("remind", "--json").out());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("deadline").get("id").asLong()).isIn(reportId, meetingId);

        run("deadlines", "done", String.valueOf(reportId));
        run("deadlines", "dismiss", String.valueOf(meetingId), "--reason", "ไม่เข้าร่วม");
        Run none = run("remind");
        assertThat(none.code()).isZero();
        assertThat(none.out()).isEmpty();
    }

    @Test
    void exportIcsWritesAParsableCalendarAndRefusesToOverwriteWithoutForce() throws Exception {
        Path ics = dir.resolve("deadlines.ics");
        Run first = run("export", "ics", "--out", ics.toString());
        assertThat(first.code()).as(first.err()).isZero();
        Calendar cal = new CalendarBuilder().build(new StringReader(Files.readString(ics)));
        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue())
                .containsExactlyInAnyOrder("deadline-" + reportId + "@tidtam", "deadline-" + meetingId + "@tidtam");

        Files.writeString(ics, "keep");
        Run refused = run("export", "ics", "--out", ics.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(Files.readString(ics)).isEqualTo("keep");
        assertThat(run("export", "ics", "--out", ics.toString(), "--force").code()).isZero();
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR");
    }
}
