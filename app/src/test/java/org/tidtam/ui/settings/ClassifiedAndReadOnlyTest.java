package org.tidtam.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.ui.ScreenActions.ctrl;
import static org.tidtam.ui.ScreenActions.pasteNewLetter;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.Letter;
import org.tidtam.letter.Secrecy;
import org.tidtam.store.RegisterQuery;
import org.tidtam.ui.ScreenFixture;
import org.tidtam.ui.common.LanguagePreference;
import org.tidtam.ui.common.SameThreadTaskRunner;
import org.tidtam.ui.common.UiContext;

/** The classified setting decides what the review keeps; a read-only database shows settings disabled. */
@ExtendWith(ApplicationExtension.class)
class ClassifiedAndReadOnlyTest {
    static final Clock CLOCK = ScreenFixture.clock(LocalDateTime.of(2025, 1, 15, 10, 30));
    static final String SECRET_LETTER = """
            ลับ
            ด่วนที่สุด
            ที่ ขก ๐๐๑๗.๒/ว ๕๕๕
                                    ๑๐ มกราคม ๒๕๖๘
            เรื่อง  การเตรียมการรักษาความปลอดภัยสถานที่ราชการ
            เรียน  นายอำเภอทุกอำเภอ
                    ด้วยจังหวัดขอนแก่นขอให้อำเภอรายงานแผนรักษาความปลอดภัย ภายในวันที่ ๒๐ มกราคม ๒๕๖๘
                                    ขอแสดงความนับถือ
                                ผู้ว่าราชการจังหวัดขอนแก่น
            """;

    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.at(CLOCK);
    Core core;
    Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        core = screen.core();
        screen.show(primary);
    }

    /** The settings window takes the keyboard; a real click gives it back to the main window for the next class. */
    @AfterEach
    void giveKeysBack(FxRobot robot) { screen.giveKeysBackToTheMainWindow(robot); }

    @Test
    void withTheSettingOffASecretLetterSavedThroughTheReviewKeepsNoText(FxRobot robot) {
        Letter saved = registerThroughReview(robot);
        assertThat(saved.fields().secrecy()).isEqualTo(Secrecy.CONFIDENTIAL);
        assertThat(saved.fields().subject()).isEqualTo("การเตรียมการรักษาความปลอดภัยสถานที่ราชการ");
        assertThat(saved.fields().text()).isEmpty();
    }

    @Test
    void withTheSettingOnTheTextIsKept(FxRobot robot) {
        core.settings().saveClassified(true, false);
        assertThat(registerThroughReview(robot).fields().text()).contains("แผนรักษาความปลอดภัย");
    }

    @Test
    void aReadOnlyDatabaseShowsTheSettingsDisabledWithTheReason(FxRobot robot) {
        try (Core second = Core.open(screen.config("malee"))) {
            assertThat(second.readOnly()).isTrue();
            UiContext ctx = new UiContext(Messages.thai(), second, new SameThreadTaskRunner(e -> { }),
                    LanguagePreference.inMemory(null));
            Tab backup = new Tab("สำรองข้อมูล", new javafx.scene.control.Label("backup pane"));
            backup.setId("backupTab");
            robot.interact(() -> new SettingsWindow(ctx, List.of(backup)).show(stage, () -> { }));
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(robot.lookup("#settingsReadOnly").queryLabeled().getText())
                    .startsWith("แก้ไขการตั้งค่าไม่ได้ในขณะนี้").contains("clerk");
            assertThat(robot.lookup("#settingsSave").queryButton().isDisabled()).isTrue();
            TabPane tabs = robot.lookup("#settingsTabs").query();
            assertThat(tabs.getTabs()).extracting(Tab::getId).containsExactly("directoryTab", "remindTab",
                    "holidayTab", "classifiedTab", "backupTab");
            assertThat(tabs.getTabs().get(0).getContent().isDisabled()).isTrue();
            assertThat(backup.getContent().isDisabled()).as("an added tab decides for itself").isFalse();
            SettingsWindowTest.key(robot, robot.lookup("#settingsWindow").query().getScene(), KeyCode.ESCAPE, false);
            assertThat(robot.lookup("#settingsWindow").tryQuery()).isEmpty();
        }
    }

    private Letter registerThroughReview(FxRobot robot) {
        pasteNewLetter(robot, SECRET_LETTER);
        ctrl(robot, KeyCode.S);
        long id = core.registerStore().page(RegisterQuery.all(), 0, 1).get(0).id();
        return core.registerStore().get(id).orElseThrow();
    }
}
