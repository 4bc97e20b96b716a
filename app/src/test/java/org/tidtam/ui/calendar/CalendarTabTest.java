package org.tidtam.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.ui.ScreenActions.ctrl;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Urgency;
import org.tidtam.store.DeadlineDrafts;
import org.tidtam.ui.ScreenFixture;

/** The calendar is the main window's third tab; Ctrl+3 opens it on this month with the register's deadlines. */
@ExtendWith(ApplicationExtension.class)
class CalendarTabTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 1, 5, 9, 0);

    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.at(NOW);

    @Start
    void start(Stage stage) {
        screen.core().registerStore().register(DeadlineDrafts.letter("ขอให้ส่งแผนปฏิบัติการ", NOW, "", "",
                Urgency.NORMAL,
                DeadlineDrafts.due(DeadlineKind.SUBMIT, LocalDate.of(2026, 1, 9), "ส่งแผน")), "clerk");
        screen.show(stage);
    }

    @Test
    void ctrl3OpensTheCalendarTabOnThisMonth(FxRobot robot) {
        ctrl(robot, KeyCode.DIGIT3);

        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("calendarTab");
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("ปฏิทิน");
        assertThat(robot.lookup("#calendarHeader").queryLabeled().getText()).isEqualTo("มกราคม 2569");
        assertThat(robot.lookup("#day-2026-01-09 .cal-item").queryLabeled().getText()).startsWith("ส่งเอกสาร/ข้อมูล · ");
    }
}
