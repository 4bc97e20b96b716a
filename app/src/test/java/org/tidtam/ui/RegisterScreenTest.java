package org.tidtam.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.AuditEntry;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;
import org.tidtam.store.RegisterRow;
import org.tidtam.store.RegisterStore;
import org.tidtam.ui.common.LanguagePreference;
import org.tidtam.ui.common.SameThreadTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The clerk's first flow in the window: Ctrl+N, fill the form, Ctrl+S, see the row; then cancel it. */
@ExtendWith(ApplicationExtension.class)
class RegisterScreenTest {
    /** The window sets the default locale for its date picker; other tests in this JVM must not see it. */
    private static final java.util.Locale LOCALE = java.util.Locale.getDefault();

    @org.junit.jupiter.api.AfterAll
    static void restoreLocale() { java.util.Locale.setDefault(LOCALE); }

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final LocalDateTime NOW = LocalDateTime.of(2025, 1, 15, 10, 30);
    static final Clock CLOCK = Clock.fixed(NOW.atZone(BANGKOK).toInstant(), BANGKOK);

    @TempDir
    static Path dir;
    private Core core;
    private RegisterStore store;
    private UiModule module;

    @Start
    void start(Stage stage) throws Exception {
        Path db = Files.createTempFile(dir, "register", ".db");
        Files.delete(db);
        core = TestStores.open(db, CLOCK);
        store = core.registerStore();
        module = new UiModule(core, SameThreadTaskRunner::new, LanguagePreference.inMemory(null));
        module.show(stage, Messages.thai());
        ((javafx.scene.control.TabPane) stage.getScene().lookup("#mainTabs")).getSelectionModel().select(1);
    }

    /** The dashboard's minute ticker must not fire into a closed database (and open an error dialog). */
    @AfterEach
    void closeDatabase() {
        module.window().dashboard().stop();
        core.close();
    }

    @Test
    void ctrlNFillsTheFormAndCtrlSShowsTheRowWithItsBuddhistEraDate(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#number").write("MT 0322/W 5587");
        robot.clickOn("#letterDate").write("10/1/2568");
        setText(robot, "#sender", "กรมการปกครอง");
        setText(robot, "#recipient", "ผู้ว่าราชการจังหวัด");
        setText(robot, "#subject", "ขอเชิญประชุมชี้แจงแนวทางการจัดเก็บภาษี");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

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
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        setText(robot, "#subject", "เรื่องทดสอบ");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#senderError").queryLabeled().getText()).isEqualTo("ยังไม่ได้ระบุผู้ส่ง (จาก)");
        assertThat(store.count(org.tidtam.store.RegisterQuery.all())).isZero();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(robot.lookup("#confirmDialog").tryQuery()).as("asks before discarding").isPresent();
        robot.clickOn("ปิดโดยไม่บันทึก");
        assertThat(robot.lookup("#letterForm").tryQuery()).isEmpty();
    }

    @Test
    void cancellingNeedsAReasonStrikesTheRowAndIsInTheHistory(FxRobot robot) {
        robot.interact(() -> {
            store.register(draft("ขอความอนุเคราะห์ข้อมูล"), "clerk");
            module.window().register().model().refresh();
        });
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
        robot.interact(() -> {
            store.register(draft("ขอเชิญประชุม"), "clerk");
            module.window().register().model().refresh();
        });
        robot.clickOn("ขอเชิญประชุม").press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        setText(robot, "#subject", "ขอเชิญประชุมคณะกรรมการ");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<RegisterRow> table = robot.lookup("#registerTable").queryTableView();
        assertThat(table.getItems().get(0).subject()).isEqualTo("ขอเชิญประชุมคณะกรรมการ");
        assertThat(table.getItems().get(0).regNo().number()).isEqualTo(1);
        assertThat(store.history(table.getItems().get(0).id()))
                .anySatisfy(a -> assertThat(a.field()).isEqualTo("subject"));
    }

    @Test
    void receivedBeforeTheLetterDateAsksAndSavesWhenConfirmed(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#letterDate").write("20/1/2568");
        setText(robot, "#sender", "จังหวัดขอนแก่น");
        setText(robot, "#subject", "แจ้งกำหนดการตรวจราชการ");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#confirmDialog").tryQuery()).isPresent();
        robot.clickOn("บันทึกต่อไป");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store.count(org.tidtam.store.RegisterQuery.year(2568))).isEqualTo(1);
    }

    @Test
    void anImpossibleTypedDateStaysAsTypedAndIsQuotedInThai(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#letterDate").write("30/2/2568").press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#letterDate").queryTextInputControl().getText()).isEqualTo("30/2/2568");
        assertThat(robot.lookup("#sender").query().isFocused()).as("Tab goes on to the sender").isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
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

    static LetterDraft draft(String subject) {
        return new LetterDraft("ศธ 04001/123", LocalDate.of(2025, 1, 10), "สำนักงานเขตพื้นที่การศึกษา",
                "นายอำเภอ", subject, Urgency.URGENT, Secrecy.NORMAL, NOW, "", "", "", "", "", List.of(), null, null);
    }

    private static void setText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.interact(() -> ((javafx.scene.control.TextInputControl) robot.lookup(query).query()).setText(text));
    }

    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup("#registerTable .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
