package org.tidtam.ui.letterform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
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
import org.tidtam.ui.UiModule;
import org.tidtam.ui.common.LanguagePreference;
import org.tidtam.ui.common.SameThreadTaskRunner;

/** Keyboard first: Tab walks the new-letter and edit forms in the order the fields are shown. */
@ExtendWith(ApplicationExtension.class)
class TabOrderTest {
    private static final java.util.Locale LOCALE = java.util.Locale.getDefault();
    static final List<String> FIELDS = List.of("number", "letterDate", "sender", "recipient", "subject", "urgency",
            "secrecy", "receivedDate", "receivedTime", "action", "unit", "officer");

    @TempDir
    static Path dir;
    private Core core;
    private UiModule module;

    @AfterAll
    static void restoreLocale() { java.util.Locale.setDefault(LOCALE); }

    @Start
    void start(Stage stage) throws Exception {
        Path db = Files.createTempFile(dir, "tab", ".db");
        Files.delete(db);
        core = Core.open(new AppConfig(db, dir, SuggestionFormTest.CLOCK, Messages.thai(), "clerk"));
        core.registerStore().register(SuggestionFormTest.letter("กรมการปกครอง", "นายอำเภอ"), "clerk");
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
    void theNewLetterFormIsWalkedInTheOrderItShows(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(walk(robot, FIELDS.size() + 1)).startsWith(expected());
    }

    @Test
    void theEditFormIsWalkedInTheOrderItShows(FxRobot robot) {
        robot.clickOn("นายอำเภอ").press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(walk(robot, FIELDS.size() + 1)).startsWith(expected());
    }

    /** A date picker takes the focus itself (its text field inside has the field's id). */
    private static String[] expected() {
        return FIELDS.stream().map(f -> f.endsWith("Date") ? f + "Picker" : f).toArray(String[]::new);
    }

    /** The ids of the focused controls (or of their nearest parent with an id) as Tab is pressed. */
    private static List<String> walk(FxRobot robot, int steps) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            seen.add(idOf(robot.lookup("#letterForm").query().getScene().getFocusOwner()));
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return seen;
    }

    private static String idOf(Node n) {
        while (n != null && n.getId() == null) {
            n = n.getParent();
        }
        return n == null ? "?" : n.getId();
    }
}
