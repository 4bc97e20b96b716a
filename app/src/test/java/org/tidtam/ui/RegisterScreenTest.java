package org.tidtam.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.ui.ScreenActions.ctrl;
import static org.tidtam.ui.ScreenActions.setText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tidtam.letter.AuditEntry;
import org.tidtam.letter.Urgency;
import org.tidtam.store.RegisterRow;
import org.tidtam.store.RegisterStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The clerk's first flow in the window: Ctrl+N, fill the form, Ctrl+S, see the row; then cancel it. */
@ExtendWith(ApplicationExtension.class)
class RegisterScreenTest {
    static final LocalDateTime NOW = LocalDateTime.of(2025, 1, 15, 10, 30);
    static final Clock CLOCK = ScreenFixture.clock(NOW);

    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.at(CLOCK);
    private RegisterStore store;

    @Start
    void start(Stage stage) {
        store = screen.core().registerStore();
        screen.show(stage);
        screen.selectTab("registerTab");
    }

    @Test
    void ctrlNFillsTheFormAndCtrlSShowsTheRowWithItsBuddhistEraDate(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        robot.clickOn("#number").write("MT 0322/W 5587");
        robot.clickOn("#letterDate").write("10/1/2568");
        setText(robot, "#sender", "กรมการปกครอง");
        setText(robot, "#recipient", "ผู้ว่าราชการจังหวัด");
        setText(robot, "#subject", "ขอเชิญประชุมชี้แจงแนวทางการจัดเก็บภาษี");
        ctrl(robot, KeyCode.S);

        TableView<RegisterRow> table = robot.lookup("#registerTable").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        RegisterRow row = table.getItems().get(0);
        assertThat(row.regNo().toString()).isEqualTo("2568/1");
        assertThat(row.date()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(cellTexts(robot)).contains("1", "10 ม.ค. 2568", "15 ม.ค. 2568", "กรมการปกครอง",
                "ขอเชิญประชุมชี้แจงแนวทางการจัดเก็บภาษี");
        // the receipt time's column starts hidden (the column menu shows it) so the register fits 1280 px
        assertThat(table.getColumns().stream().filter(c -> "col-receivedTime".equals(c.getId())).findFirst()
                .orElseThrow().getCellData(0)).isEqualTo("10:30");
        assertThat(robot.lookup("#letterForm").tryQuery()).isEmpty();
    }

    @Test
    void aFormWithoutSenderStaysOpenWithAThaiMessage(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        setText(robot, "#subject", "เรื่องทดสอบ");
        ctrl(robot, KeyCode.S);

        assertThat(robot.lookup("#senderError").queryLabeled().getText()).isEqualTo("ยังไม่ได้ระบุผู้ส่ง (จาก)");
        assertThat(store.count(org.tidtam.store.RegisterQuery.all())).isZero();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(robot.lookup("#confirmDialog").tryQuery()).as("asks before discarding").isPresent();
        robot.clickOn("ปิดโดยไม่บันทึก");
        assertThat(robot.lookup("#letterForm").tryQuery()).isEmpty();
    }

    @Test
    void cancellingNeedsAReasonStrikesTheRowAndIsInTheHistory(FxRobot robot) {
        registerAndShow(robot, "ขอความอนุเคราะห์ข้อมูล");
        robot.clickOn("ขอความอนุเคราะห์ข้อมูล");
        robot.clickOn("#cancelButton");
        Node confirm = robot.lookup("#cancelConfirm").query();
        assertThat(confirm.isDisabled()).as("no reason yet").isTrue();
        setText(robot, "#cancelReason", "ลงทะเบียนซ้ำ");
        assertThat(confirm.isDisabled()).isFalse();
        robot.clickOn(confirm);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<RegisterRow> table = robot.lookup("#registerTable").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getItems().get(0).cancelled()).isTrue();
        TableRow<?> row = robot.lookup(".table-row-cell").match(
                (TableRow<?> r) -> r.getItem() != null).query();
        assertThat(row.getPseudoClassStates()).extracting(Object::toString).contains("cancelled");
        assertThat(row.getTooltip()).as("the reason shows on hover").isNotNull();
        row.getTooltip().getOnShowing().handle(null);
        assertThat(row.getTooltip().getText()).contains("ลงทะเบียนซ้ำ");

        robot.clickOn("#historyButton");
        TableView<AuditEntry> audit = robot.lookup("#auditTable").queryTableView();
        assertThat(audit.getItems()).anySatisfy(a -> assertThat(a.newValue()).contains("ลงทะเบียนซ้ำ"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void ctrlEEditsTheEntryAndTheChangeIsAudited(FxRobot robot) {
        registerAndShow(robot, "ขอเชิญประชุม");
        robot.clickOn("ขอเชิญประชุม");
        ctrl(robot, KeyCode.E);
        setText(robot, "#subject", "ขอเชิญประชุมคณะกรรมการ");
        ctrl(robot, KeyCode.S);

        TableView<RegisterRow> table = robot.lookup("#registerTable").queryTableView();
        assertThat(table.getItems().get(0).subject()).isEqualTo("ขอเชิญประชุมคณะกรรมการ");
        assertThat(table.getItems().get(0).regNo().number()).isEqualTo(1);
        assertThat(store.history(table.getItems().get(0).id()))
                .anySatisfy(a -> assertThat(a.field()).isEqualTo("subject"));
    }

    @Test
    void receivedBeforeTheLetterDateAsksAndSavesWhenConfirmed(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        robot.clickOn("#letterDate").write("20/1/2568");
        setText(robot, "#sender", "จังหวัดขอนแก่น");
        setText(robot, "#subject", "แจ้งกำหนดการตรวจราชการ");
        ctrl(robot, KeyCode.S);

        assertThat(robot.lookup("#confirmDialog").tryQuery()).isPresent();
        robot.clickOn("บันทึกต่อไป");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store.count(org.tidtam.store.RegisterQuery.year(2568))).isEqualTo(1);
    }

    @Test
    void anImpossibleTypedDateStaysAsTypedAndIsQuotedInThai(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        robot.clickOn("#letterDate").write("30/2/2568").press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#letterDate").queryTextInputControl().getText()).isEqualTo("30/2/2568");
        assertThat(robot.lookup("#sender").query().isFocused()).as("Tab goes on to the sender").isTrue();

        ctrl(robot, KeyCode.S);
        assertThat(robot.lookup("#letterDateError").queryLabeled().getText())
                .isEqualTo("'30/2/2568' ไม่ใช่วันที่ที่มีอยู่จริง");

        robot.lookup("#letterDate").queryTextInputControl();
        robot.interact(() -> robot.lookup("#letterDate").queryTextInputControl().setText("๒๕/๑๒/๒๕๖๗"));
        robot.clickOn("#sender");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DatePicker picker = robot.lookup("#letterDatePicker").query();
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2024, 12, 25));
        assertThat(robot.lookup("#letterDate").queryTextInputControl().getText()).isEqualTo("25/12/2567");
        robot.interact(() -> robot.lookup("#letterForm").query().getScene().getWindow().hide());
    }

    /** A letter registered while the window is open; the register is read again to show it. */
    private void registerAndShow(FxRobot robot, String subject) {
        robot.interact(() -> {
            LetterSeeds.receivedAt(NOW).number("ศธ 04001/123").from("สำนักงานเขตพื้นที่การศึกษา").subject(subject)
                    .urgency(Urgency.URGENT).registerIn(screen.core());
            screen.window().register().model().refresh();
        });
    }

    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup("#registerTable .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
