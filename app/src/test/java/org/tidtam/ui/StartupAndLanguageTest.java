package org.tidtam.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;

/** A database that cannot be opened is explained in Thai and left alone; the language can be switched. */
@ExtendWith(ApplicationExtension.class)
class StartupAndLanguageTest {
    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.at(RegisterScreenTest.CLOCK);

    @Start
    void start(Stage stage) { screen.show(stage); }

    @Test
    void aFileThatIsNotADatabaseGetsAThaiDialogAndIsNotTouched(FxRobot robot) throws Exception {
        Path file = Files.writeString(screen.dir().resolve("letter.db"), "ที่ มท ๐๓๒๒/ว ๕๕๘๗๘ ไม่ใช่ฐานข้อมูล");
        byte[] before = Files.readAllBytes(file);
        AtomicReference<Optional<Core>> opened = new AtomicReference<>();

        Platform.runLater(() -> opened.set(StoreStartup.open(
                new AppConfig(file, file.getParent(), RegisterScreenTest.CLOCK, Messages.thai(), "clerk"),
                Messages.thai(), Core::open)));
        WaitForAsyncUtils.waitForFxEvents();
        String shown = robot.lookup("#errorDialog #dialogText").queryLabeled().getText();
        robot.clickOn("ตกลง");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
        assertThat(shown.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI))
                .as("Thai text: %s", shown).isTrue();
        assertThat(opened.get()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void thaiByDefaultAndEnglishFromTheViewMenuIsRemembered(FxRobot robot) {
        screen.selectTab("registerTab");
        TableView<?> table = robot.lookup("#registerTable").queryTableView();
        assertThat(table.getColumns().get(0).getText()).isEqualTo("เลขทะเบียนรับ");

        robot.clickOn("มุมมอง").clickOn("ภาษา").clickOn("English (อังกฤษ)");
        WaitForAsyncUtils.waitForFxEvents();

        screen.selectTab("registerTab");
        TableView<?> english = robot.lookup("#registerTable").queryTableView();
        assertThat(english.getColumns().get(0).getText()).isEqualTo("Reg. no.");
        assertThat(screen.language().load()).contains("en");
    }

    @Test
    void datesCarryEnglishMonthNamesAndTheBuddhistEraYearInTheEnglishWindow(FxRobot robot) {
        LetterSeeds.receivedAt(RegisterScreenTest.NOW).subject("ขอเชิญประชุม").registerIn(screen.core());
        robot.clickOn("มุมมอง").clickOn("ภาษา").clickOn("English (อังกฤษ)");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#dashboardToday").queryLabeled().getText()).isEqualTo("Today: 15 Jan B.E. 2568");
        screen.selectTab("registerTab");
        TableView<?> register = robot.lookup("#registerTable").queryTableView();
        assertThat(register.getColumns().stream().filter(c -> "col-date".equals(c.getId())).findFirst().orElseThrow()
                .getCellData(0)).isEqualTo("10 Jan 2568");

        robot.clickOn("View").clickOn("Language").clickOn("ไทย (Thai)");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#dashboardToday").queryLabeled().getText()).isEqualTo("วันนี้: 15 ม.ค. พ.ศ. 2568");
        screen.selectTab("registerTab");
        TableView<?> thai = robot.lookup("#registerTable").queryTableView();
        assertThat(thai.getColumns().stream().filter(c -> "col-date".equals(c.getId())).findFirst().orElseThrow()
                .getCellData(0)).isEqualTo("10 ม.ค. 2568");
    }
}
