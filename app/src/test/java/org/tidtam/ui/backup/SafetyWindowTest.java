package org.tidtam.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
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
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;
import org.tidtam.ui.UiModule;
import org.tidtam.ui.common.LanguagePreference;
import org.tidtam.ui.common.SameThreadTaskRunner;

/**
 * A second window on a register another Tidtam holds (a first Core in the test): banner, refused writes.
 * The status line names a tampered audit row; Help → copy diagnostics fills the clipboard.
 */
@ExtendWith(ApplicationExtension.class)
class SafetyWindowTest {
    private static final java.util.Locale LOCALE = java.util.Locale.getDefault();

    @AfterAll
    static void restoreLocale() { java.util.Locale.setDefault(LOCALE); }

    @TempDir
    Path dir;
    private Path db;
    private Core holder;
    private Core second;
    private UiModule module;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        db = dir.resolve("tidtam.db");
        holder = SafetyFixture.withLetters(db, 3);
        second = Core.open(SafetyFixture.config(db));
        module = new UiModule(second, SameThreadTaskRunner::new, LanguagePreference.inMemory(null));
        module.show(stage, Messages.thai());
    }

    @AfterEach
    void closeDatabases() {
        SafetyFixture.detachWindow(stage);
        second.close();
        holder.close();
    }

    private String text(FxRobot robot, String query) { return robot.lookup(query).queryAs(Labeled.class).getText(); }

    @Test
    void aSecondTidtamShowsTheBannerAndRefusesANewLetterWithTheLocksMessage(FxRobot robot) {
        assertThat(second.readOnly()).isTrue();
        assertThat(robot.lookup("#readOnlyBanner").query().isVisible()).isTrue();
        assertThat(text(robot, "#readOnlyBanner")).contains("อ่านอย่างเดียว", "clerk");

        Platform.runLater(() -> module.window().newLetter());
        WaitForAsyncUtils.waitForFxEvents();
        String refused = text(robot, "#errorDialog #dialogText");
        robot.clickOn("ตกลง");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(refused).contains("เปิดอยู่ในโปรแกรมติดตาม", "clerk");
        assertThat(robot.lookup("#reviewPane").tryQuery()).isEmpty();
        assertThat(SafetyFixture.letters(holder)).isEqualTo(3);
    }

    @Test
    void theStatusLineNamesAnAuditRowChangedWithAnotherTool(FxRobot robot) throws Exception {
        SafetyFixture.sql(db, "UPDATE audit_log SET new_value = '2568/9', user = 'intruder' WHERE id = 2");

        robot.clickOn("#checkFull");
        WaitForAsyncUtils.waitForFxEvents();
        String line = text(robot, "#checkStatus");
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
