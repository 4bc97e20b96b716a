package org.tidtam.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.ui.ScreenActions.ctrl;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.ui.ScreenFixture;
import org.tidtam.ui.main.MainWindow;

/** Ctrl+P opens the weekly preview of a fixed week; its sections, week chooser and XLSX export. */
@ExtendWith(ApplicationExtension.class)
class WeeklyPreviewScreenTest {
    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.at(ReportFixtures.NOW);
    private MainWindow window;
    private Stage primary;

    @Start
    void start(Stage stage) {
        primary = stage;
        ReportFixtures.seed(screen.core());
        window = screen.show(stage);
    }

    private void openPreview(FxRobot robot) {
        robot.interact(() -> {
            primary.toFront();
            primary.requestFocus();
        });
        ctrl(robot, KeyCode.P);
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> rows(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class).getItems();
    }

    @Test
    void ctrlPShowsTheWeekInBuddhistEraWithTheRightCountsInEverySection(FxRobot robot) {
        openPreview(robot);
        assertThat(text(robot, "#weekLabel")).isEqualTo("สัปดาห์ที่ จันทร์ 13 ม.ค. 2568 – อาทิตย์ 19 ม.ค. 2568");
        assertThat(text(robot, "#weekCounts"))
                .isEqualTo("หนังสือรับ 3 ฉบับ · ใกล้ครบกำหนด 2 รายการ · เกินกำหนด 1 รายการ · ดำเนินการแล้ว 1 รายการ");
        assertThat(rows(robot, "#table-byUrgency")).contains(List.of("ด่วนที่สุด", 1), List.of("ปกติ", 2), List.of("รวม", 3));
        assertThat(rows(robot, "#table-bySender").get(0)).isEqualTo(List.of("กรมการปกครอง", 2));
        assertThat(rows(robot, "#table-letters")).hasSize(3);
        assertThat(rows(robot, "#table-dueSoon")).extracting(r -> r.get(3)).containsExactly("เข้าประชุม", "ลับมาก");
        assertThat(rows(robot, "#table-overdue")).extracting(r -> r.get(3)).containsExactly("รายงานผล");
        assertThat(rows(robot, "#table-done")).extracting(r -> r.get(3)).containsExactly("ส่งแบบสำรวจ");
        assertThat(text(robot, "#section-overdue")).isEqualTo("กำหนดส่งที่เลยกำหนดแล้ว (1)");
        assertThat(robot.lookup("13 ม.ค. 2568").tryQuery()).as("a พ.ศ. date in a table cell").isPresent();

        BarChart<?, ?> chart = robot.lookup("#dayChart").queryAs(BarChart.class);
        assertThat(chart.getData().get(0).getData()).extracting(d -> d.getXValue() + "=" + d.getYValue())
                .startsWith("จ. 13 ม.ค.=1", "อ. 14 ม.ค.=2", "พ. 15 ม.ค.=0");
        assertThat(chart.getData().get(1).getData()).extracting(d -> String.valueOf(d.getYValue()))
                .containsExactly("0", "1", "0", "0", "1", "0", "0");
    }

    @Test
    void classifiedSubjectsShowOnlyWhenAskedAndTheWeekMovesByButtons(FxRobot robot) {
        openPreview(robot);
        assertThat(rows(robot, "#table-letters")).extracting(r -> r.get(6)).contains("ลับมาก")
                .doesNotContain(ReportFixtures.SECRET_SUBJECT);
        robot.clickOn("#showSecret");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows(robot, "#table-letters")).extracting(r -> r.get(6)).contains(ReportFixtures.SECRET_SUBJECT);

        robot.clickOn("#previousWeek");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#weekLabel")).isEqualTo("สัปดาห์ที่ จันทร์ 6 ม.ค. 2568 – อาทิตย์ 12 ม.ค. 2568");
        assertThat(rows(robot, "#table-letters")).singleElement().satisfies(r -> assertThat(r.get(0)).isEqualTo("2568/4"));
        robot.clickOn("#nextWeek");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nextWeek");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#weekLabel")).startsWith("สัปดาห์ที่ จันทร์ 20 ม.ค. 2568");
        assertThat(rows(robot, "#table-letters")).isEmpty();
    }

    @Test
    void exportsTheShownWeekAsXlsxWithThaiTextAndBuddhistEraDates(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory(screen.dir(), "xlsx").resolve("week.xlsx");
        var chooser = new ReportFixtures.FixedChooser(file);
        window.reports().useChooser(chooser);
        openPreview(robot);
        robot.clickOn("#export-xlsx");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exportDoneText").queryAs(Label.class).getText()).contains("week.xlsx");
        ReportFixtures.clickDialogButton(robot, "#exportDoneDialog", "ปิด");

        assertThat(chooser.requests).singleElement()
                .satisfies(r -> assertThat(r.fileName()).isEqualTo("สรุปประจำสัปดาห์_2568-01-13.xlsx"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(1)).isEqualTo("หนังสือรับ");
            assertThat(strings(wb.getSheetAt(0))).anyMatch(s -> s.contains("13 มกราคม 2568"));
            Row first = wb.getSheetAt(1).getRow(4);
            Cell received = first.getCell(1);
            assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(received.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 1, 13));
            assertThat(received.getCellStyle().getDataFormatString()).startsWith("[$-107041E]");
            assertThat(strings(wb.getSheetAt(1))).contains("ขอเชิญประชุมชี้แจงแนวทางการจัดเก็บภาษี", "ลับมาก")
                    .doesNotContain(ReportFixtures.SECRET_SUBJECT);
        }
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void anExistingFileIsReplacedOnlyAfterTheUserAgrees(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory(screen.dir(), "replace").resolve("week.csv");
        Files.writeString(file, "old");
        window.reports().useChooser(new ReportFixtures.FixedChooser(file));
        openPreview(robot);

        robot.clickOn("#export-csv");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialogText").queryAs(Label.class).getText()).contains("มีอยู่แล้ว");
        ReportFixtures.clickDialogButton(robot, "#confirmDialog", "ย้อนกลับ");
        assertThat(Files.readString(file)).isEqualTo("old");

        robot.clickOn("#export-csv");
        WaitForAsyncUtils.waitForFxEvents();
        ReportFixtures.clickDialogButton(robot, "#confirmDialog", "บันทึกทับ");
        ReportFixtures.clickDialogButton(robot, "#exportDoneDialog", "ปิด");
        String csv = Files.readString(file);
        assertThat(csv).startsWith("\uFEFF").contains("ขอเชิญประชุมชี้แจงแนวทางการจัดเก็บภาษี");
    }

    @Test
    void aFolderThatIsNotThereGivesTheThaiMessageAndLeavesNoFile(FxRobot robot) throws Exception {
        Path file = screen.dir().resolve("missing-folder").resolve("week.pdf");
        window.reports().useChooser(new ReportFixtures.FixedChooser(file));
        openPreview(robot);
        robot.clickOn("#export-pdf");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#errorDialog #dialogText").queryAs(Label.class).getText())
                .startsWith("ไม่พบโฟลเดอร์").contains("missing-folder");
        ReportFixtures.clickDialogButton(robot, "#errorDialog", "ตกลง");
        assertThat(file.getParent()).doesNotExist();
        assertThat(robot.lookup("#export-pdf").queryButton().isDisabled()).as("usable again").isFalse();
    }

    private static List<String> strings(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    out.add(cell.getStringCellValue());
                }
            }
        }
        return out;
    }
}
