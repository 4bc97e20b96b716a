package org.tidtam.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.ui.common.ThaiDatePickers;
import org.tidtam.ui.ScreenFixture;
import org.tidtam.ui.main.MainWindow;

/** The register printout dialog writes a PDF; the calendar menu item writes open deadlines as ICS. */
@ExtendWith(ApplicationExtension.class)
class RegisterAndCalendarExportTest {
    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.at(ReportFixtures.NOW);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        ReportFixtures.seed(screen.core());
        window = screen.show(stage);
    }

    @Test
    void theRegisterOfThisMonthIsWrittenAsPdfWithThaiTextAndBuddhistEraDates(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory(screen.dir(), "reg").resolve("register.pdf");
        var chooser = new ReportFixtures.FixedChooser(file);
        window.reports().useChooser(chooser);
        Platform.runLater(window.reports()::showRegister);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#registerFromText").queryTextInputControl().getText()).isEqualTo("1/1/2568");
        assertThat(robot.lookup("#registerToText").queryTextInputControl().getText()).isEqualTo("31/1/2568");
        robot.clickOn("#registerSave");
        WaitForAsyncUtils.waitForFxEvents();
        ReportFixtures.clickDialogButton(robot, "#exportDoneDialog", "ปิด");

        assertThat(chooser.requests).singleElement().satisfies(r ->
                assertThat(r.fileName()).isEqualTo("ทะเบียนหนังสือรับ_2568-01-01_ถึง_2568-01-31.pdf"));
        String text;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
        assertThat(text).contains("ทะเบียนหนังสือรับ", "2568/1", "2568/4", "13ม.ค.2568", "กรมการปกครอง",
                "ขอเชิญประชุมชี้แจงแนวทางการจัดเก็บภาษี");
        assertThat(text).doesNotContain(ReportFixtures.SECRET_SUBJECT.replace(" ", ""));
    }

    @Test
    void aBackwardsRangeCannotBeSaved(FxRobot robot) {
        Platform.runLater(window.reports()::showRegister);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#registerTo").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(ThaiDatePickers.parseOrNull("31/12/2567")));
        assertThat(robot.lookup("#registerProblem").queryLabeled().getText())
                .isEqualTo("วันเริ่ม 1/1/2568 อยู่หลังวันสิ้นสุด 31/12/2567");
        assertThat(robot.lookup("#registerSave").queryButton().isDisabled()).isTrue();
        robot.clickOn("ย้อนกลับ");
    }

    @Test
    void openDeadlinesAreWrittenAsAnICalendarFileThatParsesBack(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory(screen.dir(), "ics").resolve("deadlines.ics");
        var chooser = new ReportFixtures.FixedChooser(file);
        window.reports().useChooser(chooser);
        Platform.runLater(window.reports()::exportCalendar);
        WaitForAsyncUtils.waitForFxEvents();
        ReportFixtures.clickDialogButton(robot, "#exportDoneDialog", "ปิด");

        assertThat(chooser.requests).singleElement()
                .satisfies(r -> assertThat(r.fileName()).isEqualTo("กำหนดส่ง_2568-01-15.ics"));
        Calendar calendar;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            calendar = new CalendarBuilder().build(in);
        }
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(3);
        assertThat(events).map(e -> e.getSummary().getValue())
                .anyMatch(s -> s.contains("เข้าประชุม") || s.contains("ขอเชิญประชุม"));
        assertThat(events).allMatch(e -> e.getUid().orElseThrow().getValue().endsWith("@tidtam"));
    }
}
