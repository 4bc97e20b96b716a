package org.tidtam.ui.letterform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.ui.ScreenActions.ctrl;
import static org.tidtam.ui.ScreenActions.text;

import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
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
import org.tidtam.ui.LetterSeeds;
import org.tidtam.ui.ScreenFixture;

/** Nothing typed twice: sender and recipient offer earlier entries' values in the new-letter and edit forms. */
@ExtendWith(ApplicationExtension.class)
class SuggestionFormTest {
    static final LocalDateTime NOW = LocalDateTime.of(2025, 1, 15, 10, 30);

    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.at(NOW);

    @Start
    void start(Stage stage) {
        letter("กรมการปกครอง", "ผู้ว่าราชการจังหวัด").registerIn(screen.core());
        letter("กรมส่งเสริมการปกครองท้องถิ่น", "ผู้ว่าราชการจังหวัด").registerIn(screen.core());
        letter("กรมการปกครอง", "นายอำเภอ").registerIn(screen.core());
        screen.show(stage);
        screen.selectTab("registerTab");
    }

    @Test
    void twoCharactersOfAnEarlierSenderOfferItAndEnterTakesIt(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        type(robot, "#sender", "กร");
        assertThat(offered(robot, "#senderSuggestions"))
                .containsExactly("กรมการปกครอง", "กรมส่งเสริมการปกครองท้องถิ่น");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#sender")).isEqualTo("กรมการปกครอง");
        assertThat(robot.lookup("#senderSuggestions").tryQuery().map(Node::isVisible)).isNotEqualTo(
                java.util.Optional.of(true));
        assertThat(robot.lookup("#sender").query().isFocused()).as("the focus stays for Tab").isTrue();
    }

    @Test
    void downAndUpMoveTheHighlightAndTheMouseTakesAValue(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        type(robot, "#sender", "ปกครอง");
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(text(robot, "#sender")).isEqualTo("กรมส่งเสริมการปกครองท้องถิ่น");

        type(robot, "#recipient", "ผู้ว่า");
        assertThat(offered(robot, "#recipientSuggestions")).containsExactly("ผู้ว่าราชการจังหวัด");
        Node cell = robot.lookup("#recipientSuggestions .list-cell").match(
                (javafx.scene.control.ListCell<?> c) -> "ผู้ว่าราชการจังหวัด".equals(c.getItem())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#recipient")).isEqualTo("ผู้ว่าราชการจังหวัด");
    }

    @Test
    void escClosesTheSuggestionsButNotTheForm(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        type(robot, "#recipient", "นาย");
        assertThat(offered(robot, "#recipientSuggestions")).containsExactly("นายอำเภอ");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(showing(robot, "#recipientSuggestions")).isFalse();
        assertThat(robot.lookup("#letterForm").tryQuery()).as("the form stays open").isPresent();
        assertThat(robot.lookup("#confirmDialog").tryQuery()).isEmpty();
        assertThat(text(robot, "#recipient")).isEqualTo("นาย");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#confirmDialog").tryQuery()).as("a second Esc closes, asking first").isPresent();
    }

    @Test
    void tabLeavesTheSuggestionsAndGoesOnToTheNextField(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        type(robot, "#sender", "กร");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#sender")).as("Tab takes nothing").isEqualTo("กร");
        assertThat(robot.lookup("#recipient").query().isFocused()).isTrue();
        assertThat(showing(robot, "#senderSuggestions")).isFalse();
    }

    @Test
    void theEditFormOffersThemToo(FxRobot robot) {
        robot.clickOn("นายอำเภอ");
        ctrl(robot, KeyCode.E);
        type(robot, "#recipient", "ผู้");
        assertThat(offered(robot, "#recipientSuggestions")).containsExactly("ผู้ว่าราชการจังหวัด");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(text(robot, "#recipient")).isEqualTo("ผู้ว่าราชการจังหวัด");
    }

    @Test
    void aValueNoEarlierEntryHadOffersNothing(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        type(robot, "#sender", "โรงเรียน");
        assertThat(showing(robot, "#senderSuggestions")).isFalse();
        type(robot, "#sender", "ก");
        assertThat(showing(robot, "#senderSuggestions")).as("one character is too few").isFalse();
        type(robot, "#sender", "กรมการปกครอง");
        assertThat(showing(robot, "#senderSuggestions")).as("what is typed already is not offered").isFalse();
    }

    /** Typing as the clerk would: the field has the focus and its text changes. */
    private static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).query();
        if (!field.isFocused()) {
            robot.clickOn(field);
        }
        robot.interact(() -> field.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> offered(FxRobot robot, String query) {
        assertThat(showing(robot, query)).as("the suggestions are showing").isTrue();
        ListView<String> list = robot.lookup(query).queryListView();
        return List.copyOf(list.getItems());
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).orElse(false);
    }

    static LetterSeeds letter(String sender, String recipient) {
        return LetterSeeds.receivedAt(NOW).from(sender).to(recipient);
    }
}
