package org.tidtam.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javafx.scene.control.TabPane;
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
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Urgency;
import org.tidtam.store.DeadlineDrafts;
import org.tidtam.ui.UiModule;
import org.tidtam.ui.common.LanguagePreference;
import org.tidtam.ui.common.SameThreadTaskRunner;

/** The calendar is the main window's third tab; Ctrl+3 opens it on this month with the register's deadlines. */
@ExtendWith(ApplicationExtension.class)
class CalendarTabTest {
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final LocalDateTime NOW = LocalDateTime.of(2026, 1, 5, 9, 0);

    @TempDir
    Path dir;
    private Core core;
    private UiModule module;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(NOW.atZone(BANGKOK).toInstant(), BANGKOK);
        core = Core.open(new AppConfig(dir.resolve("tab.db"), dir.resolve("data"), clock, Messages.thai(), "clerk"));
        core.registerStore().register(DeadlineDrafts.letter("ขอให้ส่งแผนปฏิบัติการ", NOW, "", "", Urgency.NORMAL,
                DeadlineDrafts.due(DeadlineKind.SUBMIT, LocalDate.of(2026, 1, 9), "ส่งแผน")), "clerk");
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
    void ctrl3OpensTheCalendarTabOnThisMonth(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("calendarTab");
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("ปฏิทิน");
        assertThat(robot.lookup("#calendarHeader").queryLabeled().getText()).isEqualTo("มกราคม 2569");
        assertThat(robot.lookup("#day-2026-01-09 .cal-item").queryLabeled().getText()).startsWith("ส่งเอกสาร/ข้อมูล · ");
    }
}
