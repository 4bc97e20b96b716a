package org.tidtam.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Urgency;
import org.tidtam.store.DeadlineDrafts;
import org.tidtam.ui.ScreenFixture;

/** The month sheet over a real register: deadlines on their days, พ.ศ. header, a year boundary, click opens. */
@ExtendWith(ApplicationExtension.class)
class CalendarViewTest {
    static final LocalDateTime NOW = LocalDateTime.of(2025, 12, 10, 10, 0);

    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.at(NOW);
    private long reportLetter;
    private long meetingLetter;
    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private CalendarView view;

    @Start
    void start(Stage stage) {
        Core core = screen.core();
        reportLetter = core.registerStore().register(DeadlineDrafts.letter("ขอให้รายงานผลการเบิกจ่าย", NOW.minusDays(2),
                "", "", Urgency.MOST_URGENT,
                DeadlineDrafts.due(DeadlineKind.REPORT, LocalDate.of(2025, 12, 20), "รายงานผลการเบิกจ่าย")), "clerk").id();
        meetingLetter = core.registerStore().register(DeadlineDrafts.letter("ขอเชิญประชุมคณะกรรมการ", NOW.minusDays(1),
                "", "", Urgency.NORMAL, DeadlineDrafts.at(DeadlineKind.MEETING, LocalDate.of(2026, 1, 15),
                        LocalTime.of(9, 30), "เข้าประชุม")), "clerk").id();
        view = CalendarView.of(screen.context(), opened::add, e -> { throw new AssertionError(e); });
        view.model().refresh();
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 760));
        stage.show();
        view.focus();
    }

    @Test
    void deadlinesSitOnTheirDaysUnderABuddhistEraHeaderWithTodayAndHolidaysMarked(FxRobot robot) {
        assertThat(header(robot)).isEqualTo("ธันวาคม 2568");
        assertThat(items(robot, "2025-12-20")).singleElement().asString().startsWith("รายงานผล · ขก 0017.5/ว");
        assertThat(items(robot, "2025-12-19")).isEmpty();
        Node today = robot.lookup("#day-2025-12-10").query();
        assertThat(today.getStyleClass()).contains("cal-today", "cal-holiday", "cal-selected");
        assertThat(robot.from(today).lookup(".cal-holiday-name").queryLabeled().getText()).isEqualTo("วันรัฐธรรมนูญ");
        Node report = robot.lookup("#day-2025-12-20 .cal-item").query();
        assertThat(report.getStyleClass()).contains("cal-kind-REPORT", "cal-urgency-MOST_URGENT");
        assertThat(robot.lookup("#day-2025-11-30").query().getStyleClass()).contains("cal-other-month", "cal-weekend");
    }

    @Test
    void nextMonthCrossesTheYearAndClickingAnItemOpensItsLetter(FxRobot robot) {
        robot.clickOn("#calendarNext");
        assertThat(header(robot)).isEqualTo("มกราคม 2569");
        assertThat(items(robot, "2026-01-15")).containsExactly("09:30 ประชุม/อบรม · ขก 0017.5/ว "
                + Math.abs("ขอเชิญประชุมคณะกรรมการ".hashCode() % 10000) + " เข้าประชุม");

        robot.clickOn(robot.lookup("#day-2026-01-15 .cal-item").queryAs(Label.class));
        assertThat(opened).containsExactly(meetingLetter);

        robot.clickOn("#calendarPrevious");
        robot.clickOn("#calendarPrevious");
        assertThat(header(robot)).isEqualTo("พฤศจิกายน 2568");
        robot.clickOn("#calendarToday");
        assertThat(header(robot)).isEqualTo("ธันวาคม 2568");
    }

    @Test
    void theKeyboardMovesTheDayTurnsPagesAndEnterOpens(FxRobot robot) {
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(header(robot)).isEqualTo("มกราคม 2569");
        robot.type(KeyCode.PAGE_UP);
        assertThat(header(robot)).isEqualTo("ธันวาคม 2568");
        robot.type(KeyCode.DOWN, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        assertThat(view.model().selectedProperty().get()).isEqualTo(LocalDate.of(2025, 12, 20));
        assertThat(robot.lookup("#calendarDayList").queryListView().getItems()).hasSize(1);

        robot.type(KeyCode.ENTER);
        assertThat(opened).containsExactly(reportLetter);

        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        assertThat(header(robot)).isEqualTo("มกราคม 2569");
        assertThat(view.model().selectedProperty().get()).isEqualTo(LocalDate.of(2026, 1, 3));
    }

    private static String header(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#calendarHeader").queryLabeled().getText();
    }

    private static List<String> items(FxRobot robot, String day) {
        return robot.lookup("#day-" + day + " .cal-item").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
