package org.tidtam.ui.letterform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.ui.ScreenActions.ctrl;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.ui.ScreenFixture;

/** Keyboard first: Tab walks the new-letter and edit forms in the order the fields are shown. */
@ExtendWith(ApplicationExtension.class)
class TabOrderTest {
    static final List<String> FIELDS = List.of("number", "letterDate", "sender", "recipient", "subject", "urgency",
            "secrecy", "receivedDate", "receivedTime", "action", "unit", "officer");

    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.at(SuggestionFormTest.NOW);

    @Start
    void start(Stage stage) {
        SuggestionFormTest.letter("กรมการปกครอง", "นายอำเภอ").registerIn(screen.core());
        screen.show(stage);
        screen.selectTab("registerTab");
    }

    @Test
    void theNewLetterFormIsWalkedInTheOrderItShows(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        assertThat(walk(robot, FIELDS.size() + 1)).startsWith(expected());
    }

    @Test
    void theEditFormIsWalkedInTheOrderItShows(FxRobot robot) {
        robot.clickOn("นายอำเภอ");
        ctrl(robot, KeyCode.E);
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
