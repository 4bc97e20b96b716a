package org.tidtam.ui.settings;

import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hides every window but the main one before a test closes its database: a settings or letter window
 * left open would refresh the main window over a closed database while TestFX tidies up, and its error
 * dialog would block the next test class.
 */
final class LeftWindows {
    private LeftWindows() { }

    static void hideAllBut(org.testfx.api.FxRobot robot, Window main) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Window.getWindows().stream().filter(w -> w != main).toList().forEach(Window::hide);
            main.requestFocus(); // the next test's keys go to the focused window
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#menuBar"); // a real click on its empty middle: the next class's keys reach the main window
    }
}
