package org.tidtam.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.ui.ScreenActions.label;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.app.Core;
import org.tidtam.ui.ScreenFixture;
import org.tidtam.ui.UiModule;

/**
 * A second window on a register another Tidtam holds (a first Core in the test): banner, refused writes.
 * The status line names a tampered audit row; Help → copy diagnostics fills the clipboard.
 */
@ExtendWith(ApplicationExtension.class)
class SafetyWindowTest {
    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.over(this::secondTidtam);
    private Core holder;
    private Core second;
    private UiModule module;

    @Start
    void start(Stage stage) {
        second = screen.core();
        screen.show(stage);
        module = screen.module();
    }

    /** The first Tidtam holds the register (closed after the second); the window opens a second one on it. */
    private Core secondTidtam(Path dir) {
        holder = screen.closeAfter(SafetyFixture.threeLetters(dir));
        return Core.open(SafetyFixture.config(screen.database()));
    }

    @Test
    void aSecondTidtamShowsTheBannerAndRefusesANewLetterWithTheLocksMessage(FxRobot robot) {
        assertThat(second.readOnly()).isTrue();
        assertThat(robot.lookup("#readOnlyBanner").query().isVisible()).isTrue();
        assertThat(label(robot, "#readOnlyBanner")).contains("อ่านอย่างเดียว", "clerk");

        Platform.runLater(() -> module.window().newLetter());
        WaitForAsyncUtils.waitForFxEvents();
        String refused = label(robot, "#errorDialog #dialogText");
        robot.clickOn("ตกลง");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(refused).contains("เปิดอยู่ในโปรแกรมติดตาม", "clerk");
        assertThat(robot.lookup("#reviewPane").tryQuery()).isEmpty();
        assertThat(SafetyFixture.letters(holder)).isEqualTo(3);
    }

    @Test
    void theStatusLineNamesAnAuditRowChangedWithAnotherTool(FxRobot robot) throws Exception {
        SafetyFixture.sql(screen.database(),
                "UPDATE audit_log SET new_value = '2568/9', user = 'intruder' WHERE id = 2");

        robot.clickOn("#checkFull");
        WaitForAsyncUtils.waitForFxEvents();
        String line = label(robot, "#checkStatus");
        robot.clickOn("#checkDetails");
        WaitForAsyncUtils.waitForFxEvents();
        String report = robot.lookup("#checkReportText").queryAs(TextArea.class).getText();
        robot.clickOn("ตกลง");

        assertThat(line).startsWith("\u2717").contains("บันทึกการแก้ไข", "บันทึกที่ 2");
        assertThat(report).contains("\u2717 ลำดับบันทึกการแก้ไข", "\u2713 ความสมบูรณ์ของฐานข้อมูล", "2568/2");
    }

    @Test
    void copyDiagnosticsPutsTheTextOnTheClipboardWithoutLetterText(FxRobot robot) {
        robot.interact(() -> module.window().safety().copyDiagnostics());
        WaitForAsyncUtils.waitForFxEvents();
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        String shown = robot.lookup("#diagnosticsText").queryAs(TextArea.class).getText();
        robot.clickOn("ตกลง");

        assertThat(clip[0]).isEqualTo(shown).contains("Tidtam: ", "Database: ", "read-only", "Letters: 3",
                "Backup folder: ").doesNotContain("ขอเชิญประชุม", "ด้วยจังหวัดขอนแก่น");
    }
}
