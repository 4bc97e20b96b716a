package org.tidtam.ui;

import java.util.stream.Collectors;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the clerk does in the screen tests, again and again: shortcuts, the clipboard, typing, reading. */
public final class ScreenActions {
    private ScreenActions() { }

    /** Ctrl and the key, pressed as the clerk would, then the screen is given time to follow. */
    public static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Puts the text on the system clipboard; null leaves a clipboard without text. */
    public static void clipboard(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            if (text != null) {
                content.putString(text);
            }
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    /** Ctrl+N, then Ctrl+V of the letter: the review shows what it read. */
    public static void pasteNewLetter(FxRobot robot, String letter) {
        clipboard(robot, letter);
        ctrl(robot, KeyCode.N);
        ctrl(robot, KeyCode.V);
    }

    /** Clicks into the field, then replaces its text (typing Thai through the robot is not reliable). */
    public static void setText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).setText(text));
    }

    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryTextInputControl().getText();
    }

    public static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** The letter's text under the given style class (".evidence", ".evidence-selected"), joined. */
    public static String sourceText(FxRobot robot, String styleClass) {
        return robot.lookup("#sourceText " + styleClass).queryAllAs(Text.class).stream().map(Text::getText)
                .collect(Collectors.joining());
    }
}
