package org.tidtam.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.ui.ScreenActions.ctrl;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.app.Core;
import org.tidtam.store.RegisterQuery;
import org.tidtam.ui.ScreenFixture;

/** Ctrl+I: a folder of three letter files, one of them broken, imported through the dialog. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.at(PasteAndOpenTest.NOW);
    private Core core;

    @Start
    void start(Stage stage) {
        core = screen.core();
        screen.show(stage);
    }

    @Test
    void aBrokenFileIsReportedInThaiAndTheOthersAreRegistered(FxRobot robot) throws Exception {
        Path folder = ImportLetters.folderOfThree(screen.dir());
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
        screen.selectTab("registerTab");
        assertThat(robot.lookup("#registerTable").queryTableView().getItems()).hasSize(2);
    }

    @Test
    void cancelAfterTheFirstFileKeepsItRegisteredAndSaysSo(FxRobot robot) throws Exception {
        Path folder = ImportLetters.folderOfThree(screen.dir());
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
        ctrl(robot, KeyCode.I);
        robot.interact(() -> robot.lookup("#importPath").queryTextInputControl().setText("/no/such/folder"));
        robot.clickOn("#importPath").type(KeyCode.ENTER);

        assertThat(robot.lookup("#importPathError").queryLabeled().getText())
                .isEqualTo("ไม่พบไฟล์หรือโฟลเดอร์ '/no/such/folder'");
        assertThat(robot.lookup("#importChosen").queryListView().getItems()).isEmpty();
        assertThat(robot.lookup("#importStart").queryButton().isDisabled()).isTrue();
    }

    private static void openDialogAndChoose(FxRobot robot, Path folder) {
        ctrl(robot, KeyCode.I);
        robot.interact(() -> robot.lookup("#importPath").queryTextInputControl().setText(folder.toString()));
        robot.clickOn("#importAddPath");
        assertThat(robot.lookup("#importChosen").queryListView().getItems()).containsExactly(folder);
    }
}
