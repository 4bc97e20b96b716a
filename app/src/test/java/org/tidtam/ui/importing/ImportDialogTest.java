package org.tidtam.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
import org.tidtam.store.RegisterQuery;
import org.tidtam.ui.UiModule;
import org.tidtam.ui.common.LanguagePreference;
import org.tidtam.ui.common.SameThreadTaskRunner;

/** Ctrl+I: a folder of three letter files, one of them broken, imported through the dialog. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2025, 1, 15, 10, 30).atZone(BANGKOK).toInstant(), BANGKOK);

    @TempDir
    Path dir;
    private Core core;
    private UiModule module;

    @Start
    void start(Stage stage) throws Exception {
        Path db = dir.resolve("import.db");
        core = Core.open(new AppConfig(db, dir.resolve("data"), CLOCK, Messages.thai(), "clerk"));
        module = new UiModule(core, SameThreadTaskRunner::new, LanguagePreference.inMemory(null));
        module.show(stage, Messages.thai());
    }

    /** Stops the dashboard's minute ticker and closes this test's windows before the database goes. */
    @AfterEach
    void closeDatabase() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            module.window().dashboard().stop();
            javafx.stage.Window.getWindows().stream().filter(w -> w != module.window().root().getScene().getWindow())
                    .toList().forEach(javafx.stage.Window::hide);
        }).get();
        core.close();
    }

    @Test
    void aBrokenFileIsReportedInThaiAndTheOthersAreRegistered(FxRobot robot) throws Exception {
        Path folder = ImportLetters.folderOfThree(dir);
        openDialogAndChoose(robot, folder);

        robot.clickOn("#importStart");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#importCounts").queryLabeled().getText())
                .isEqualTo("ลงทะเบียน 2 ฉบับ · ข้ามเพราะซ้ำ 0 ฉบับ · ไม่สำเร็จ 1 ฉบับ (จาก 3 ไฟล์)");
        ListView<String> registered = robot.lookup("#importRegistered").queryListView();
        assertThat(registered.getItems()).containsExactly("incoming/a-letter.txt → เลขรับ 2568/1 (กำหนดเวลา 1 รายการ)",
                "sub/c-letter.txt → เลขรับ 2568/2 (กำหนดเวลา 1 รายการ)");
        ListView<String> failed = robot.lookup("#importFailed").queryListView();
        assertThat(failed.getItems()).containsExactly("incoming/b-broken.pdf: เปิดไฟล์ PDF 'b-broken.pdf' ไม่ได้ "
                + "ไฟล์อาจเสียหาย ไม่สมบูรณ์ หรือถูกล็อกไว้ กรุณาขอไฟล์จากผู้ส่งอีกครั้ง");
        assertThat(robot.lookup("#importHeadline").queryLabeled().getText()).isEqualTo("นำเข้าเสร็จแล้ว");
        assertThat(core.registerStore().count(RegisterQuery.all())).isEqualTo(2);
        assertThat(robot.lookup("#registerTable").queryTableView().getItems()).hasSize(2);
    }

    @Test
    void cancelAfterTheFirstFileKeepsItRegisteredAndSaysSo(FxRobot robot) throws Exception {
        Path folder = ImportLetters.folderOfThree(dir);
        openDialogAndChoose(robot, folder);
        ProgressBar bar = robot.lookup("#importProgress").queryAs(ProgressBar.class);
        Button cancel = robot.lookup("#importCancel").queryButton();
        // the same-thread runner imports inside the click, so the clerk's cancel comes from the progress
        bar.progressProperty().addListener((o, old, now) -> {
            if (now.doubleValue() > 0 && now.doubleValue() < 1 && !cancel.isDisabled()) {
                cancel.fire();
            }
        });

        robot.clickOn("#importStart");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(core.registerStore().count(RegisterQuery.all())).isEqualTo(1);
        assertThat(robot.lookup("#importHeadline").queryLabeled().getText())
                .isEqualTo("ยกเลิกการนำเข้าแล้ว หลังไฟล์ที่ 1 จาก 3 (ที่ลงทะเบียนแล้วยังอยู่ในทะเบียน)");
        assertThat(robot.lookup("#importRegistered").queryListView().getItems()).hasSize(1);
    }

    @Test
    void aTypedPathThatDoesNotExistIsQuotedAndNothingIsAdded(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#importPath").queryTextInputControl().setText("/no/such/folder"));
        robot.clickOn("#importPath").type(KeyCode.ENTER);

        assertThat(robot.lookup("#importPathError").queryLabeled().getText())
                .isEqualTo("ไม่พบไฟล์หรือโฟลเดอร์ '/no/such/folder'");
        assertThat(robot.lookup("#importChosen").queryListView().getItems()).isEmpty();
        assertThat(robot.lookup("#importStart").queryButton().isDisabled()).isTrue();
    }

    private static void openDialogAndChoose(FxRobot robot, Path folder) {
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#importPath").queryTextInputControl().setText(folder.toString()));
        robot.clickOn("#importAddPath");
        assertThat(robot.lookup("#importChosen").queryListView().getItems()).containsExactly(folder);
    }
}
