package org.tidtam.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.ui.ScreenActions.ctrl;
import static org.tidtam.ui.ScreenActions.pasteNewLetter;

import java.time.LocalDate;
import java.time.LocalTime;
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
import org.tidtam.followup.FollowUpLetters;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.Letter;
import org.tidtam.ui.ScreenFixture;

/** Saving a letter that postpones or cancels an earlier meeting asks the clerk, who accepts or rejects. */
@ExtendWith(ApplicationExtension.class)
class FollowUpReviewTest {
    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.over(FollowUpLetters::core);
    private Core core;
    private Letter first;

    @Start
    void start(Stage stage) {
        core = screen.core();
        first = FollowUpLetters.register(core, FollowUpLetters.invitation());
        screen.show(stage);
    }

    @Test
    void savingAPostponementProposesTheNewDayAndAcceptingMovesTheEarlierMeeting(FxRobot robot) {
        pasteAndSave(robot, FollowUpLetters.postponement());

        assertThat(robot.lookup("#followUpDialog").tryQuery()).isPresent();
        assertThat(robot.lookup("#followUp-0").queryLabeled().getText()).isEqualTo("เลื่อน รายการ " + first.regNo()
                + " \"ขอเชิญประชุมคณะกรรมการพัฒนาจังหวัด\": 15 ม.ค. 2568 09:30 → 22 ม.ค. 2568 13:30");
        assertThat(robot.lookup("#followUpEvidence-0").queryLabeled().getText())
                .contains("เลื่อนการประชุมเป็นวันพุธที่ ๒๒ มกราคม ๒๕๖๘ เวลา ๑๓.๓๐ น.");
        robot.clickOn("แก้ตามที่เลือก");
        WaitForAsyncUtils.waitForFxEvents();

        Deadline moved = meetingOfFirst();
        assertThat(moved.due()).isEqualTo(LocalDate.of(2025, 1, 22));
        assertThat(moved.time()).isEqualTo(LocalTime.of(13, 30));
        assertThat(core.followUps().links(first.id())).hasSize(1);
    }

    @Test
    void untickingTheCancellationChangesNothing(FxRobot robot) {
        pasteAndSave(robot, FollowUpLetters.cancellation());

        assertThat(robot.lookup("#followUp-0").queryLabeled().getText()).startsWith("ยกเลิก รายการ " + first.regNo())
                .endsWith("15 ม.ค. 2568 09:30 → ยกเลิก");
        robot.clickOn("#followUp-0");
        robot.clickOn("แก้ตามที่เลือก");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(meetingOfFirst().status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(core.followUps().links(first.id())).isEmpty();
        assertThat(core.registerStore().count(org.tidtam.store.RegisterQuery.year(2568))).as("the letter is saved").isEqualTo(2);
    }

    private Deadline meetingOfFirst() {
        return core.registerStore().get(first.id()).orElseThrow().fields().deadlines().get(0);
    }

    private static void pasteAndSave(FxRobot robot, String letter) {
        pasteNewLetter(robot, letter);
        ctrl(robot, KeyCode.S);
    }
}
