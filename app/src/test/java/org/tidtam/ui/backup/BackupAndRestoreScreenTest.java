package org.tidtam.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.ui.ScreenActions.label;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.Scene;
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

/** Backup now into a chosen folder, restore of an earlier state, a refused file, the folder choice. */
@ExtendWith(ApplicationExtension.class)
class BackupAndRestoreScreenTest {
    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.over(SafetyFixture::threeLetters);
    private Path dir;
    private Path usb;
    private Core first;
    private UiModule module;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dir = screen.dir();
        usb = dir.resolve("usb");
        first = screen.core();
        first.changeBackupFolder(usb);
        screen.show(stage);
        module = screen.module();
    }

    private SafetyView safety() { return module.window().safety(); }

    private Stage paneStage(FxRobot robot) {
        Stage[] holder = new Stage[1];
        robot.interact(() -> {
            Stage s = new Stage();
            s.initOwner(stage);
            s.setScene(new Scene(new javafx.scene.layout.StackPane(safety().backupPane().node()), 700, 300));
            s.show();
            holder[0] = s;
        });
        return holder[0];
    }

    @Test
    void noBackupShowsTheWarningAndBackupNowWritesIntoTheChosenFolder(FxRobot robot) {
        assertThat(robot.lookup("#backupWarning").query().isVisible()).isTrue();
        assertThat(label(robot, "#backupWarningText")).contains("ยังไม่เคยสำรองข้อมูล");
        Stage pane = paneStage(robot);
        assertThat(label(robot, "#backupFolder")).isEqualTo(usb.toString());
        assertThat(label(robot, "#backupAge")).contains("ยังไม่เคยสำรองข้อมูล");

        robot.clickOn("#backupNowButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(usb.resolve("tidtam-2025-03-20.db")).isRegularFile();
        assertThat(label(robot, "#backupAge")).contains("2025-03-20", "0 วันที่แล้ว", "tidtam-2025-03-20.db");
        assertThat(robot.lookup("#backupWarning").query().isVisible()).isFalse();
        assertThat(label(robot, "#checkStatus")).startsWith("\u2713");
        robot.interact(pane::close);
    }

    @Test
    void restoreOfAnEarlierBackupAsksThenReloadsTheWindowAndKeepsAPreRestoreCopy(FxRobot robot) throws Exception {
        Path backup = first.backupService().backupNow(first.config().clock());
        SafetyFixture.addLetters(first, 4, 5);
        safety().usePathChooser(SafetyFixture.answering(backup, null));

        javafx.application.Platform.runLater(() -> module.window().safety().restore());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#confirmDialog #dialogText"))
                .contains("หนังสือ: 3 รายการ", "ฐานข้อมูลของติดตาม", "คำเตือน", usb.toString());
        javafx.scene.control.Button yes = robot.lookup("กู้คืนด้วยไฟล์นี้").queryButton();
        javafx.application.Platform.runLater(yes::fire); // a click could land on "back" while the dialog resizes
        WaitForAsyncUtils.waitForFxEvents();
        String done = label(robot, "#dialogText");
        robot.clickOn("ตกลง");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(done).contains("กู้คืนแล้ว", "3 รายการ", "tidtam-pre-restore-");
        assertThat(module.core()).isNotSameAs(first);
        assertThat(SafetyFixture.letters(module.core())).isEqualTo(3);
        assertThat(module.core().readOnly()).isFalse();
        screen.selectTab("registerTab");
        assertThat(robot.lookup("#registerTable").queryTableView().getItems()).hasSize(3);
        try (Stream<Path> files = Files.list(usb)) {
            Path pre = files.filter(f -> f.getFileName().toString().startsWith("tidtam-pre-restore-"))
                    .findFirst().orElseThrow();
            var kept = new org.tidtam.backup.BackupInspector(org.tidtam.backup.KnownSchema.latest()).inspect(pre);
            assertThat(kept.letters()).as("the register as it was before the restore").isEqualTo(5);
        }
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedInThaiAndNothingChanges(FxRobot robot) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.db"), "บันทึกการประชุม ไม่ใช่ฐานข้อมูล");
        safety().usePathChooser(SafetyFixture.answering(notes, null));

        javafx.application.Platform.runLater(() -> module.window().safety().restore());
        WaitForAsyncUtils.waitForFxEvents();
        String shown = label(robot, "#errorDialog #dialogText");
        robot.clickOn("ตกลง");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown).contains("ไม่ใช่ไฟล์ฐานข้อมูล SQLite", "notes.db");
        assertThat(module.core()).isSameAs(first);
        assertThat(SafetyFixture.letters(first)).isEqualTo(3);
        assertThat(usb).isEmptyDirectory();
    }

    @Test
    void anUnwritableFolderIsExplainedAndNotSaved(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        safety().usePathChooser(SafetyFixture.answering(null, file.resolve("backups")));
        Stage pane = paneStage(robot);

        robot.clickOn("#changeBackupFolder");
        WaitForAsyncUtils.waitForFxEvents();
        String shown = label(robot, "#errorDialog #dialogText");
        robot.clickOn("ตกลง");

        assertThat(shown).contains("เขียนลงโฟลเดอร์สำรองข้อมูล", "a-file");
        assertThat(first.backupFolder()).isEqualTo(usb.toAbsolutePath());
        assertThat(label(robot, "#backupFolder")).isEqualTo(usb.toString());
        robot.interact(pane::close);
    }
}
