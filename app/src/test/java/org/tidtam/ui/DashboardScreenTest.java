package org.tidtam.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.Urgency;
import org.tidtam.remind.BucketedDeadline;
import org.tidtam.remind.Reminder;
import org.tidtam.store.DeadlineDrafts;

/** The window opens on the dashboard; a deadline is marked done from it and its reminder acknowledged. */
@ExtendWith(ApplicationExtension.class)
class DashboardScreenTest {
    static final LocalDateTime NOW = LocalDateTime.of(2025, 5, 10, 10, 0);

    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.at(NOW);
    private Core core;
    private long meetingId;
    private long reportId;

    @Start
    void start(Stage stage) {
        core = screen.core();
        var letter = core.registerStore().register(DeadlineDrafts.letter("ขอเชิญประชุมคณะกรรมการ", NOW.minusDays(3),
                "สำนักปลัด", "นางสาวมาลี", Urgency.NORMAL,
                DeadlineDrafts.at(DeadlineKind.MEETING, LocalDate.of(2025, 5, 11), LocalTime.of(13, 30), "เข้าประชุม"),
                DeadlineDrafts.due(DeadlineKind.REPORT, LocalDate.of(2025, 5, 8), "รายงานผล")), "clerk");
        meetingId = letter.fields().deadlines().get(0).id();
        reportId = letter.fields().deadlines().get(1).id();
        screen.show(stage);
    }

    @Test
    void opensOnTheMostUrgentBucketAndMarksADeadlineDone(FxRobot robot) {
        TableView<BucketedDeadline> table = robot.lookup("#deadlineTable").queryTableView();
        assertThat(table.getItems()).as("overdue first").extracting(b -> b.entry().id()).containsExactly(reportId);
        assertThat(robot.lookup("เลยกำหนด 2 วัน").tryQuery()).isPresent();
        assertThat(toggle(robot, "OVERDUE").isSelected()).isTrue();
        assertThat(toggle(robot, "THIS_WEEK").getText()).isEqualTo("สัปดาห์นี้ (1)");

        robot.clickOn("#bucket-THIS_WEEK");
        assertThat(table.getItems()).extracting(b -> b.entry().id()).containsExactly(meetingId);
        assertThat(robot.lookup("11 พ.ค. พ.ศ. 2568").tryQuery()).isPresent();

        robot.clickOn("เข้าประชุม");
        robot.clickOn("#doneButton");
        robot.clickOn("#doneNote").write("done");
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#replyNumber").query()).setText("ขก 0017/99"));
        robot.clickOn("#doneConfirm");
        WaitForAsyncUtils.waitForFxEvents();

        var stored = core.deadlineStore().get(meetingId).orElseThrow().deadline();
        assertThat(stored.status()).isEqualTo(DeadlineStatus.DONE);
        assertThat(stored.doneNote()).isEqualTo("done");
        assertThat(stored.replyNumber()).isEqualTo("ขก 0017/99");
        assertThat(toggle(robot, "THIS_WEEK").getText()).endsWith("(0)");
        assertThat(table.getItems()).as("the emptied bucket gives way to the next with deadlines")
                .extracting(b -> b.entry().id()).containsExactly(reportId);
    }

    @Test
    void leftAndRightMoveBetweenBucketsAndAPickedBucketStays(FxRobot robot) {
        TableView<BucketedDeadline> table = robot.lookup("#deadlineTable").queryTableView();
        robot.clickOn("#bucket-OVERDUE");
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertThat(toggle(robot, "TODAY").isSelected()).isTrue();
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup("ไม่มีรายการ").tryQuery()).isPresent();
        robot.type(javafx.scene.input.KeyCode.LEFT, 2);
        assertThat(toggle(robot, "UNDATED").isSelected()).as("wraps around").isTrue();
        robot.clickOn("#bucket-THIS_WEEK");
        robot.clickOn("#bucket-THIS_WEEK");
        assertThat(toggle(robot, "THIS_WEEK").isSelected()).as("a second click keeps it").isTrue();

        robot.clickOn("#dashboardRefresh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).as("kept over a reload").extracting(b -> b.entry().id()).containsExactly(meetingId);
    }

    private static javafx.scene.control.ToggleButton toggle(FxRobot robot, String bucket) {
        return robot.lookup("#bucket-" + bucket).query();
    }

    @Test
    void remindersDueAtStartShowAndAnAcknowledgedOneNeverComesBack(FxRobot robot) {
        ListView<Reminder> list = robot.lookup("#notificationList").queryListView();
        assertThat(list.getItems()).extracting(r -> r.entry().id()).containsExactlyInAnyOrder(meetingId, reportId);
        robot.interact(() -> list.getSelectionModel().select(0));
        String key = list.getItems().get(0).key();
        robot.clickOn("#ackButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).hasSize(1).noneMatch(r -> r.key().equals(key));
        assertThat(core.reminderStates().acknowledgedAt(key)).isPresent();
    }
}
