package org.tidtam.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
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
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.Urgency;
import org.tidtam.remind.BucketedDeadline;
import org.tidtam.remind.Reminder;
import org.tidtam.store.DeadlineDrafts;
import org.tidtam.ui.common.LanguagePreference;
import org.tidtam.ui.common.SameThreadTaskRunner;

/** The window opens on the dashboard; a deadline is marked done from it and its reminder acknowledged. */
@ExtendWith(ApplicationExtension.class)
class DashboardScreenTest {
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final LocalDateTime NOW = LocalDateTime.of(2025, 5, 10, 10, 0);
    static final Clock CLOCK = Clock.fixed(NOW.atZone(BANGKOK).toInstant(), BANGKOK);

    @TempDir
    static Path dir;
    private Core core;
    private UiModule module;
    private long meetingId;
    private long reportId;

    @Start
    void start(Stage stage) throws Exception {
        Path db = Files.createTempFile(dir, "dash", ".db");
        Files.delete(db);
        core = TestStores.open(db, CLOCK);
        var letter = core.registerStore().register(DeadlineDrafts.letter("ขอเชิญประชุมคณะกรรมการ", NOW.minusDays(3),
                "สำนักปลัด", "นางสาวมาลี", Urgency.NORMAL,
                DeadlineDrafts.at(DeadlineKind.MEETING, LocalDate.of(2025, 5, 11), LocalTime.of(13, 30), "เข้าประชุม"),
                DeadlineDrafts.due(DeadlineKind.REPORT, LocalDate.of(2025, 5, 8), "รายงานผล")), "clerk");
        meetingId = letter.fields().deadlines().get(0).id();
        reportId = letter.fields().deadlines().get(1).id();
        module = new UiModule(core, SameThreadTaskRunner::new, LanguagePreference.inMemory(null));
        module.show(stage, Messages.thai());
    }

    /** The dashboard's minute ticker must not fire into a closed database (and open an error dialog). */
    @AfterEach
    void closeDatabase() {
        module.window().dashboard().stop();
        core.close();
    }

    @Test
    void opensOnTheDashboardWithBucketsAndMarksADeadlineDone(FxRobot robot) {
        TableView<BucketedDeadline> week = robot.lookup("#bucket-THIS_WEEK").queryTableView();
        TableView<BucketedDeadline> overdue = robot.lookup("#bucket-OVERDUE").queryTableView();
        assertThat(week.getItems()).extracting(b -> b.entry().id()).containsExactly(meetingId);
        assertThat(overdue.getItems()).extracting(b -> b.entry().id()).containsExactly(reportId);
        assertThat(robot.lookup("11 พ.ค. พ.ศ. 2568").tryQuery()).isPresent();
        assertThat(robot.lookup("เลยกำหนด 2 วัน").tryQuery()).isPresent();

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
        assertThat(week.getItems()).isEmpty();
        assertThat(overdue.getItems()).hasSize(1);
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
