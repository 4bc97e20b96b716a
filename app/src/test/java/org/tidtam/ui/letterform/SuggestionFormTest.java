package org.tidtam.ui.letterform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;
import org.tidtam.ui.UiModule;
import org.tidtam.ui.common.LanguagePreference;
import org.tidtam.ui.common.SameThreadTaskRunner;

/** Nothing typed twice: sender and recipient offer earlier entries' values in the new-letter and edit forms. */
@ExtendWith(ApplicationExtension.class)
class SuggestionFormTest {
    private static final java.util.Locale LOCALE = java.util.Locale.getDefault();
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final LocalDateTime NOW = LocalDateTime.of(2025, 1, 15, 10, 30);
    static final Clock CLOCK = Clock.fixed(NOW.atZone(BANGKOK).toInstant(), BANGKOK);

    @TempDir
    static Path dir;
    private Core core;
    private UiModule module;

    @AfterAll
    static void restoreLocale() { java.util.Locale.setDefault(LOCALE); }

    @Start
    void start(Stage stage) throws Exception {
        Path db = Files.createTempFile(dir, "suggest", ".db");
        Files.delete(db);
        core = Core.open(new AppConfig(db, dir, CLOCK, Messages.thai(), "clerk"));
        core.registerStore().register(letter("กรมการปกครอง", "ผู้ว่าราชการจังหวัด"), "clerk");
        core.registerStore().register(letter("กรมส่งเสริมการปกครองท้องถิ่น", "ผู้ว่าราชการจังหวัด"), "clerk");
        core.registerStore().register(letter("กรมการปกครอง", "นายอำเภอ"), "clerk");
        module = new UiModule(core, SameThreadTaskRunner::new, LanguagePreference.inMemory(null));
        module.show(stage, Messages.thai());
        ((javafx.scene.control.TabPane) stage.getScene().lookup("#mainTabs")).getSelectionModel().select(1);
    }

    @AfterEach
    void closeDatabase() {
        WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null).toList().forEach(javafx.stage.Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        module.window().dashboard().stop(); // it refreshes every minute, which must not outlive the database
        core.close();
    }

    @Test
    void twoCharactersOfAnEarlierSenderOfferItAndEnterTakesIt(FxRobot robot) {
        newLetter(robot);
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
        newLetter(robot);
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
        newLetter(robot);
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
        newLetter(robot);
        type(robot, "#sender", "กร");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#sender")).as("Tab takes nothing").isEqualTo("กร");
        assertThat(robot.lookup("#recipient").query().isFocused()).isTrue();
        assertThat(showing(robot, "#senderSuggestions")).isFalse();
    }

    @Test
    void theEditFormOffersThemToo(FxRobot robot) {
        robot.clickOn("นายอำเภอ").press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "#recipient", "ผู้");
        assertThat(offered(robot, "#recipientSuggestions")).containsExactly("ผู้ว่าราชการจังหวัด");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(text(robot, "#recipient")).isEqualTo("ผู้ว่าราชการจังหวัด");
    }

    @Test
    void aValueNoEarlierEntryHadOffersNothing(FxRobot robot) {
        newLetter(robot);
        type(robot, "#sender", "โรงเรียน");
        assertThat(showing(robot, "#senderSuggestions")).isFalse();
        type(robot, "#sender", "ก");
        assertThat(showing(robot, "#senderSuggestions")).as("one character is too few").isFalse();
        type(robot, "#sender", "กรมการปกครอง");
        assertThat(showing(robot, "#senderSuggestions")).as("what is typed already is not offered").isFalse();
    }

    private static void newLetter(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
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

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryTextInputControl().getText();
    }

    static LetterDraft letter(String sender, String recipient) {
        return new LetterDraft("มท 0310/1", LocalDate.of(2025, 1, 10), sender, recipient, "ขอเชิญประชุม", Urgency.NORMAL,
                Secrecy.NORMAL, NOW, "", "", "", "", "", List.of(), null, null);
    }
}
