package org.tidtam.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.app.Core;
import org.tidtam.followup.FollowUpLetters;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.Letter;
import org.tidtam.ui.UiModule;
import org.tidtam.ui.common.LanguagePreference;
import org.tidtam.ui.common.SameThreadTaskRunner;

/** Saving a letter that postpones or cancels an earlier meeting asks the clerk, who accepts or rejects. */
@ExtendWith(ApplicationExtension.class)
class FollowUpReviewTest {
    private static final java.util.Locale LOCALE = java.util.Locale.getDefault();

    @TempDir
    static Path dir;
    private Core core;
    private Letter first;
    private Stage primary;
    private UiModule module;

    @AfterAll
    static void restoreLocale() { java.util.Locale.setDefault(LOCALE); }

    @Start
    void start(Stage stage) throws Exception {
        core = FollowUpLetters.core(Files.createTempDirectory(dir, "review"));
        first = FollowUpLetters.register(core, FollowUpLetters.invitation());
        primary = stage;
        module = new UiModule(core, SameThreadTaskRunner::new, LanguagePreference.inMemory(null));
        module.show(stage, Messages.thai());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            module.window().dashboard().stop(); // its reminder timer must not outlive the database
            List.copyOf(Window.getWindows()).stream().filter(w -> w != primary).forEach(Window::hide);
        });
        core.close();
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
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(letter);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
