package org.tidtam.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Urgency;

class IcsExporterTest {

    private static final String LONG_SUBJECT = "ขอเชิญประชุมเชิงปฏิบัติการเพื่อจัดทำแผนพัฒนาจังหวัดและแผนปฏิบัติราชการ"
            + "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ของส่วนราชการส่วนภูมิภาคทุกแห่ง";

    @Test
    void parsesBackWithOneEventPerDeadlineAndStableUids() throws Exception {
        Calendar parsed = parse(export("2025-05-01T10:00"));

        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).extracting(e -> value(e, Property.UID))
                .containsExactly("deadline-7@tidtam", "deadline-8@tidtam", "deadline-9@tidtam");
        assertThat(value(events.get(0), Property.SUMMARY)).contains("มท 0322/ว 7").contains("เรื่องทดสอบ 7");
        assertThat(value(events.get(1), Property.SUMMARY)).contains("สน 0017.2/ว 123").contains(LONG_SUBJECT);
        assertThat(value(events.get(1), Property.DESCRIPTION)).contains("เลขทะเบียนรับ 2568/7")
                .contains("เวลา ๐๙.๓๐ น.");
    }

    @Test
    void dateOnlyDeadlinesAreAllDayAndMeetingsAreTimedInBangkok() throws Exception {
        String ics = export("2025-05-01T10:00");

        assertThat(unfold(ics)).contains("DTSTART;VALUE=DATE:20250515").contains("DTEND;VALUE=DATE:20250516");
        assertThat(unfold(ics)).contains("DTSTART;TZID=Asia/Bangkok:20250520T093000")
                .contains("DTEND;TZID=Asia/Bangkok:20250520T103000")
                .contains("DTSTART;VALUE=DATE:20250601").contains("DTEND;VALUE=DATE:20250701")
                .contains("BEGIN:VTIMEZONE").contains("TZID:Asia/Bangkok");
    }

    @Test
    void alarmsFollowTheReminderPolicy() throws Exception {
        List<VEvent> events = parse(export("2025-05-01T10:00")).getComponents("VEVENT");

        assertThat(triggers(events.get(0))).containsExactly("-P6DT16H", "-P2DT16H", "-PT16H", "PT8H");
        assertThat(triggers(events.get(1))).containsExactly("-P1DT1H30M", "-PT1H30M");
        assertThat(triggers(events.get(2))).containsExactly("-PT16H", "PT8H");
    }

    @Test
    void reExportKeepsUidsAndRaisesSequenceAndStamp() throws Exception {
        VEvent first = parse(export("2025-05-01T10:00")).<VEvent>getComponents("VEVENT").get(0);
        VEvent later = parse(export("2025-05-02T10:00")).<VEvent>getComponents("VEVENT").get(0);

        assertThat(value(later, Property.UID)).isEqualTo(value(first, Property.UID));
        assertThat(Integer.parseInt(value(later, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(first, Property.SEQUENCE)));
        assertThat(value(first, Property.DTSTAMP)).isEqualTo("20250501T030000Z");
        assertThat(value(later, Property.DTSTAMP)).isEqualTo("20250502T030000Z");
    }

    @Test
    void everyPhysicalLineIsAtMost75Octets() throws Exception {
        String ics = export("2025-05-01T10:00");

        assertThat(ics.split("\r\n"))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics).contains("\r\n ");
    }

    @Test
    void anEmptyListIsAValidEmptyCalendar() throws Exception {
        StringWriter out = new StringWriter();
        exporter("2025-05-01T10:00").write(List.of(), out);

        assertThat(parse(out.toString()).getComponents("VEVENT")).isEmpty();
    }

    @Test
    void pythonIcalendarReadsItToo(@TempDir Path dir) throws Exception {
        String python = pythonWithIcalendar();
        assumeTrue(python != null, "no python3 with the icalendar module");
        Path file = dir.resolve("deadlines.ics");
        Files.writeString(file, export("2025-05-01T10:00"), StandardCharsets.UTF_8);
        String script = "import sys, icalendar\n"
                + "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                + "for e in cal.walk('VEVENT'):\n"
                + "    print(e['UID'], len(e.walk('VALARM')), e['SUMMARY'])\n";
        List<String> lines = run(python, "-c", script, file.toString());

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("deadline-7@tidtam 4 ").contains("มท 0322/ว 7");
        assertThat(lines.get(1)).startsWith("deadline-8@tidtam 2 ").contains(LONG_SUBJECT);
    }

    private static IcsExporter exporter(String now) {
        return new IcsExporter(ReminderPolicy.defaults(), Messages.thai(), Fixtures.clockAt(now));
    }

    private static String export(String now) throws IOException {
        StringWriter out = new StringWriter();
        exporter(now).write(events(), out);
        return out.toString();
    }

    private static List<DeadlineEvent> events() {
        DeadlineEvent submit = DeadlineEvent.of(Fixtures.entry(7, DeadlineKind.SUBMIT,
                LocalDate.of(2025, 5, 15), null, null, Urgency.MOST_URGENT, LocalDateTime.of(2025, 5, 1, 9, 0)));
        DeadlineEvent meeting = new DeadlineEvent(8, submit.regNo(), "สน 0017.2/ว 123", LONG_SUBJECT,
                DeadlineKind.MEETING, LocalDate.of(2025, 5, 20), null, LocalTime.of(9, 30),
                "ในวันอังคารที่ ๒๐ พฤษภาคม ๒๕๖๘ เวลา ๐๙.๓๐ น.", Urgency.NORMAL);
        DeadlineEvent period = new DeadlineEvent(9, submit.regNo(), "", "ช่วงรณรงค์",
                DeadlineKind.PERIOD, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), null, "", Urgency.URGENT);
        return List.of(submit, meeting, period);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static List<String> triggers(VEvent event) {
        return event.getAlarms().stream()
                .map((VAlarm a) -> a.getProperty(Property.TRIGGER).map(Property::getValue).orElse("")).toList();
    }

    private static String unfold(String ics) { return ics.replace("\r\n ", ""); }

    private static String pythonWithIcalendar() {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                if (run(candidate, "-c", "import icalendar").isEmpty()) {
                    return candidate;
                }
            } catch (IOException | IllegalStateException e) {
                // try the next one
            }
        }
        return null;
    }

    private static List<String> run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(command[0] + " failed: " + lines);
            }
            return lines;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
