package org.tidtam.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.ui.ScreenActions.ctrl;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.app.Core;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.Officer;
import org.tidtam.letter.Unit;
import org.tidtam.letter.Urgency;
import org.tidtam.remind.ReminderRule;
import org.tidtam.store.DeadlineDrafts;
import org.tidtam.ui.ScreenFixture;
import org.tidtam.ui.UiModule;

/** Ctrl+, opens the settings; what is saved there reaches the edit form, the reminders and the due days. */
@ExtendWith(ApplicationExtension.class)
class SettingsWindowTest {
    static final LocalDateTime NOW = LocalDateTime.of(2025, 6, 13, 10, 0);

    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.at(NOW);
    Core core;
    UiModule module;
    Letter letter;

    @Start
    void start(Stage stage) {
        core = screen.core();
        letter = core.registerStore().register(DeadlineDrafts.letter("ขอให้รายงานผลการสำรวจ",
                LocalDateTime.of(2025, 6, 16, 9, 0), "", "", Urgency.NORMAL, DeadlineDrafts.withinWorkingDays(5)), "clerk");
        screen.show(stage);
        module = screen.module();
    }

    /** The settings window takes the keyboard; a real click gives it back to the main window for the next class. */
    @AfterEach
    void giveKeysBack(FxRobot robot) { screen.giveKeysBackToTheMainWindow(robot); }

    @Test
    void unitsAndOfficersAddedInSettingsAreOfferedInTheEditForm(FxRobot robot) {
        pressCtrlComma(robot);
        type(robot, "#unitName", "ฝ่ายปกครอง");
        fire(robot, "#addUnit");
        type(robot, "#officerName", "นางสาวมาลี ใจดี");
        robot.interact(() -> robot.lookup("#officerUnit").<ComboBox<String>>query().setValue("ฝ่ายปกครอง"));
        fire(robot, "#addOfficer");
        type(robot, "#unitName", "ฝ่ายปกครอง");
        fire(robot, "#addUnit");
        assertThat(robot.lookup("#directoryError").queryLabeled().getText())
                .isEqualTo("มีหน่วยงานชื่อ 'ฝ่ายปกครอง' อยู่แล้ว กรุณาใช้ชื่ออื่น");
        save(robot);

        assertThat(robot.lookup("#settingsWindow").tryQuery()).as("saving closes the window").isEmpty();
        assertThat(core.directory().units()).extracting(Unit::name).containsExactly("ฝ่ายปกครอง");
        assertThat(core.directory().officers()).extracting(Officer::name, Officer::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("นางสาวมาลี ใจดี", "ฝ่ายปกครอง"));

        robot.interact(() -> module.window().openLetter(letter.id())); // the entry's detail; Ctrl+E edits it
        WaitForAsyncUtils.waitForFxEvents();
        ctrl(robot, KeyCode.E);
        ComboBox<String> unit = robot.lookup("#unit").query();
        ComboBox<String> officer = robot.lookup("#officer").query();
        ComboBox<LetterStatus> status = robot.lookup("#status").query();
        assertThat(unit.getItems()).containsExactly("ฝ่ายปกครอง");
        assertThat(status.getValue()).isEqualTo(LetterStatus.RECEIVED);
        robot.interact(() -> unit.setValue("ฝ่ายปกครอง"));
        assertThat(officer.getItems()).containsExactly("นางสาวมาลี ใจดี");
        assertThat(status.getValue()).as("the first assignment proposes มอบหมายแล้ว").isEqualTo(LetterStatus.ASSIGNED);
        robot.interact(() -> officer.setValue("นางสาวมาลี ใจดี"));
        fire(robot, "#saveButton");

        Letter saved = core.registerStore().get(letter.id()).orElseThrow();
        assertThat(saved.fields().unit()).isEqualTo("ฝ่ายปกครอง");
        assertThat(saved.fields().officer()).isEqualTo("นางสาวมาลี ใจดี");
        assertThat(saved.status()).isEqualTo(LetterStatus.ASSIGNED);
    }

    @Test
    void aChangedReminderOffsetIsWhatThePlannerReadsAndANegativeOneIsRefused(FxRobot robot) {
        openSettings(robot);
        robot.interact(() -> robot.lookup("#settingsTabs").<javafx.scene.control.TabPane>query()
                .getSelectionModel().select(1));
        type(robot, "#days-REPLY", "-2");
        save(robot);
        assertThat(robot.lookup("#settingsProblem").queryLabeled().getText())
                .isEqualTo("จำนวนวันเตือนของ ตอบรับ/ยืนยัน ติดลบไม่ได้: '-2' (ใช้ 0 หรือเลือก \"เตือนในวันครบกำหนด\" แทน)");
        assertThat(core.settings().get("remind.policy")).as("nothing saved").isEmpty();

        type(robot, "#days-REPLY", "๕, 2");
        robot.interact(() -> robot.lookup("#onDay-MEETING").<javafx.scene.control.CheckBox>query().setSelected(false));
        save(robot);

        var policy = core.reminderPlanner().policy();
        assertThat(policy.rulesFor(DeadlineKind.REPLY, Urgency.NORMAL))
                .extracting(ReminderRule::daysBefore).containsExactly(5, 2, 0);
        assertThat(policy.rulesFor(DeadlineKind.MEETING, Urgency.NORMAL))
                .extracting(ReminderRule::daysBefore).containsExactly(1);

        openSettings(robot);
        assertThat(robot.lookup("#days-REPLY").queryTextInputControl().getText()).isEqualTo("5, 2");
        robot.interact(() -> robot.lookup("#settingsTabs").<javafx.scene.control.TabPane>query()
                .getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#resetReminders").queryButton().fire()); // below the fold of the tab
        assertThat(robot.lookup("#days-REPLY").queryTextInputControl().getText()).isEqualTo("2, 1");
        save(robot);
        assertThat(core.reminderPlanner().policy().rulesFor(DeadlineKind.REPLY, Urgency.NORMAL))
                .extracting(ReminderRule::daysBefore).containsExactly(2, 1, 0);
    }

    @Test
    void aSpecialHolidayMovesARelativeDueDay(FxRobot robot) {
        long id = letter.fields().deadlines().get(0).id();
        LocalDate before = core.deadlineStore().get(id).orElseThrow().deadline().due();
        assertThat(before).isEqualTo(LocalDate.of(2025, 6, 23));

        pressCtrlComma(robot);
        robot.interact(() -> {
            robot.lookup("#settingsTabs").<javafx.scene.control.TabPane>query().getSelectionModel().select(2);
            robot.lookup("#holidayDay").<DatePicker>query().getEditor().setText("18/6/2568");
            robot.lookup("#holidayName").<TextField>query().setText("วันหยุดพิเศษ (มติ ครม.)");
        });
        fire(robot, "#addHoliday");
        assertThat(robot.lookup("#holidayTable").queryTableView().getItems())
                .anyMatch(h -> ((org.tidtam.remind.Holiday) h).day().equals(LocalDate.of(2025, 6, 18)));
        assertThat(core.holidays().isHoliday(LocalDate.of(2025, 6, 18))).as("not before saving").isFalse();
        key(robot, settingsScene(robot), KeyCode.S, true);
        assertThat(robot.lookup("#settingsWindow").tryQuery()).as("Ctrl+S saved and closed").isEmpty();

        assertThat(core.holidays().isHoliday(LocalDate.of(2025, 6, 18))).isTrue();
        assertThat(core.deadlineStore().get(id).orElseThrow().deadline().due()).isEqualTo(LocalDate.of(2025, 6, 24));
    }

    @Test
    void escapeAsksBeforeDroppingChangesAndTheClassifiedOptionsStartOff(FxRobot robot) {
        pressCtrlComma(robot);
        robot.interact(() -> robot.lookup("#settingsTabs").<javafx.scene.control.TabPane>query()
                .getSelectionModel().select(3));
        assertThat(robot.lookup("#keepClassified").<javafx.scene.control.CheckBox>query().isSelected()).isFalse();
        assertThat(robot.lookup("#showClassifiedSubjects").<javafx.scene.control.CheckBox>query().isSelected()).isFalse();
        robot.interact(() -> robot.lookup("#showClassifiedSubjects").<javafx.scene.control.CheckBox>query().fire());
        key(robot, settingsScene(robot), KeyCode.ESCAPE, false);
        assertThat(robot.lookup("#confirmDialog").tryQuery()).isPresent();
        robot.interact(() -> robot.lookup("#confirmDialog .button").queryAllAs(javafx.scene.control.Button.class)
                .stream().filter(b -> b.getText().equals("ปิดโดยไม่บันทึก")).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#settingsWindow").tryQuery()).isEmpty();
        assertThat(core.settings().showClassifiedSubjects()).isFalse();
        assertThat(core.summaryOptions().includeSecretSubjects()).isFalse();
    }

    /**
     * Ctrl+, on the main window: the key event goes straight into its scene, where the menu's accelerator
     * and the windows' key filters run as for a real key (headless focus between windows is unreliable).
     */
    void pressCtrlComma(FxRobot robot) {
        key(robot, module.window().root().getScene(), KeyCode.COMMA, true);
        assertThat(robot.lookup("#settingsWindow").tryQuery()).as("Ctrl+, opens the settings").isPresent();
    }

    /** As the menu's "settings" item does. */
    void openSettings(FxRobot robot) { pressCtrlComma(robot); }

    static javafx.scene.Scene settingsScene(FxRobot robot) {
        return robot.lookup("#settingsWindow").query().getScene();
    }

    /** A key pressed in the scene (at its focus owner); later, so a dialog it opens may wait for an answer. */
    static void key(FxRobot robot, javafx.scene.Scene scene, KeyCode code, boolean control) {
        javafx.application.Platform.runLater(() -> {
            javafx.scene.Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, control, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Buttons are fired rather than clicked: a headless click depends on where the window happens to be. */
    static void fire(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryButton().fire());
    }

    /** Saves with the button; Ctrl+S is pressed once, in the holiday test. */
    static void save(FxRobot robot) {
        fire(robot, "#settingsSave");
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void type(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).<TextField>query().setText(text));
    }
}
