package org.tidtam.ui.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.ui.ScreenActions.ctrl;

import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.app.Core;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.Urgency;
import org.tidtam.store.RegisterRow;
import org.tidtam.ui.LetterSeeds;
import org.tidtam.ui.ScreenFixture;

/** Find anything: the search box over number, sender, subject and text, the filters, Esc and Ctrl+F. */
@ExtendWith(ApplicationExtension.class)
class FindScreenTest {
    static final LocalDateTime NOW = LocalDateTime.of(2025, 1, 15, 10, 30);
    static final Clock CLOCK = ScreenFixture.clock(NOW);

    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.at(CLOCK);
    private Core core;

    @Start
    void start(Stage stage) {
        core = screen.core();
        letter("มท 0310/ว 1", "กรมการปกครอง", "ขอเชิญประชุมชี้แจงแนวทางการจัดเก็บภาษี").urgency(Urgency.MOST_URGENT)
                .assignedTo("งานธุรการ", "").text("ด้วยกรมการปกครองกำหนดประชุม").registerIn(core);
        letter("ขก 0017/2", "สำนักงานจังหวัดขอนแก่น", "ขอความอนุเคราะห์ข้อมูลผู้สูงอายุ")
                .text("ด้วยจังหวัดจัดโครงการอบรมอาสาสมัครดูแลผู้สูงอายุ").registerIn(core);
        long third = letter("มท 0810/3", "กรมส่งเสริมการปกครองท้องถิ่น", "แจ้งจัดสรรงบประมาณ").urgency(Urgency.URGENT)
                .assignedTo("", "นายสมชาย ใจดี").text("ตามที่ได้แจ้งไว้แล้ว").registerIn(core).id();
        core.database().write(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("UPDATE letters SET status = 'DONE' WHERE id = " + third);
            }
        });
        screen.show(stage);
    }

    @Test
    void ctrlFShowsTheRegisterAndFocusesTheSearchBox(FxRobot robot) {
        javafx.scene.control.TabPane tabs = robot.lookup("#mainTabs").query();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("dashboardTab");
        ctrl(robot, KeyCode.F);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("registerTab");
        assertThat(robot.lookup("#searchField").query().isFocused()).isTrue();
    }

    @Test
    void aThaiSubstringFindsSenderSubjectAndTextAndTheCountSaysHowMany(FxRobot robot) {
        openSearch(robot);
        type(robot, "ปกครอง");
        assertThat(senders(robot)).containsExactly("กรมส่งเสริมการปกครองท้องถิ่น", "กรมการปกครอง");
        assertThat(count(robot)).isEqualTo("พบ 2 รายการ ในปี พ.ศ. 2568");

        type(robot, "อาสาสมัคร");
        assertThat(senders(robot)).as("a word of the letter's text").containsExactly("สำนักงานจังหวัดขอนแก่น");
        assertThat(count(robot)).isEqualTo("พบ 1 รายการ ในปี พ.ศ. 2568");

        type(robot, "จัดเก็บภา");
        assertThat(senders(robot)).as("part of the subject").containsExactly("กรมการปกครอง");
    }

    @Test
    void twoCharactersStillFindInNumberSenderAndSubjectAndSaySo(FxRobot robot) {
        openSearch(robot);
        type(robot, "ขอ");
        assertThat(senders(robot)).containsExactly("สำนักงานจังหวัดขอนแก่น", "กรมการปกครอง");
        assertThat(count(robot)).startsWith("พบ 2 รายการ").contains("1–2 ตัวอักษร");

        type(robot, "มท");
        assertThat(senders(robot)).as("the letter's number").hasSize(2);
    }

    @Test
    void noMatchSaysSoAndEscClearsTheSearch(FxRobot robot) {
        openSearch(robot);
        type(robot, "ไม่มีคำนี้แน่นอน");
        assertThat(senders(robot)).isEmpty();
        assertThat(count(robot)).isEqualTo("ไม่พบหนังสือที่ตรงกับการค้นหา");
        assertThat(robot.lookup("#registerPlaceholder").queryLabeled().getText()).startsWith("ไม่พบหนังสือ");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#searchField").queryTextInputControl().getText()).isEmpty();
        assertThat(senders(robot)).hasSize(3);
        assertThat(count(robot)).isEqualTo("3 รายการ ในปี พ.ศ. 2568");
    }

    @Test
    void eachFilterNarrowsTheListAndEscTwiceClearsThem(FxRobot robot) {
        openSearch(robot);
        ComboBox<Urgency> urgency = robot.lookup("#urgencyFilter").queryComboBox();
        ComboBox<LetterStatus> status = robot.lookup("#statusFilter").queryComboBox();
        ComboBox<String> assignee = robot.lookup("#assigneeFilter").queryComboBox();
        assertThat(assignee.getItems()).containsExactly("งานธุรการ", "นายสมชาย ใจดี");

        robot.interact(() -> urgency.setValue(Urgency.MOST_URGENT));
        assertThat(senders(robot)).containsExactly("กรมการปกครอง");
        robot.interact(() -> urgency.setValue(null));
        robot.interact(() -> status.setValue(LetterStatus.DONE));
        assertThat(senders(robot)).containsExactly("กรมส่งเสริมการปกครองท้องถิ่น");
        robot.interact(() -> status.setValue(null));
        robot.interact(() -> assignee.setValue("งานธุรการ"));
        assertThat(senders(robot)).containsExactly("กรมการปกครอง");
        robot.interact(() -> assignee.setValue("นายสมชาย ใจดี"));
        assertThat(senders(robot)).containsExactly("กรมส่งเสริมการปกครองท้องถิ่น");

        type(robot, "ขอ");
        assertThat(senders(robot)).as("the text and the filter together").isEmpty();
        robot.clickOn("#searchField").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(senders(robot)).as("the filter stays after the text is cleared").hasSize(1);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(assignee.getValue()).isEmpty();
        assertThat(senders(robot)).hasSize(3);
    }

    @Test
    void allYearsSearchesEveryYear(FxRobot robot) {
        robot.interact(() -> {
            letter("มท 1/2567", "กรมการปกครอง", "เรื่องเก่า").registerIn(core);
        });
        openSearch(robot);
        type(robot, "ปกครอง");
        assertThat(senders(robot)).as("this year").hasSize(2);
        ComboBox<Integer> years = robot.lookup("#yearChooser").queryComboBox();
        assertThat(years.getItems()).contains(RegisterViewModel.ALL_YEARS);
        robot.interact(() -> years.setValue(RegisterViewModel.ALL_YEARS));
        assertThat(count(robot)).isEqualTo("พบ 3 รายการ ทุกปี");
    }

    @Test
    void downInTheSearchBoxGoesToTheFirstRow(FxRobot robot) {
        openSearch(robot);
        type(robot, "ปกครอง");
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        TableView<RegisterRow> table = robot.lookup("#registerTable").queryTableView();
        assertThat(table.isFocused()).isTrue();
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
    }

    private static void openSearch(FxRobot robot) {
        ctrl(robot, KeyCode.F);
    }

    /** Replaces the box's text as typing would, then waits past the typing pause. */
    private static void type(FxRobot robot, String text) {
        TextField box = robot.lookup("#searchField").query();
        robot.interact(() -> box.setText(text));
        WaitForAsyncUtils.sleep((long) RegisterViewModel.TYPING_PAUSE.toMillis() + 200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> senders(FxRobot robot) {
        TableView<RegisterRow> table = robot.lookup("#registerTable").queryTableView();
        return table.getItems().stream().map(RegisterRow::sender).toList();
    }

    private static String count(FxRobot robot) { return robot.lookup("#registerCount").queryLabeled().getText(); }

    /** A letter of this year, or of last year when its number ends in 2567. */
    static LetterSeeds letter(String number, String sender, String subject) {
        LocalDateTime at = number.endsWith("2567") ? NOW.minusYears(1) : NOW;
        return LetterSeeds.receivedAt(at).number(number).from(sender).subject(subject)
                .dated(LocalDate.of(2025, 1, 10).minusYears(NOW.getYear() - at.getYear()));
    }
}
