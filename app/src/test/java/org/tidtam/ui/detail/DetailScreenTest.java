package org.tidtam.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.ui.ScreenActions.sourceText;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.app.Core;
import org.tidtam.followup.FollowUpLetters;
import org.tidtam.letter.AuditEntry;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.Letter;
import org.tidtam.remind.BucketedDeadline;
import org.tidtam.store.RegisterRow;
import org.tidtam.ui.LetterSeeds;
import org.tidtam.ui.ScreenFixture;

/**
 * The entry's detail from the register (Alt+Enter) and from the dashboard: the text with the deadlines'
 * words highlighted, the deadlines, the audit rows, and a reference that opens the entry it names.
 */
@ExtendWith(ApplicationExtension.class)
class DetailScreenTest {
    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.over(FollowUpLetters::core);
    private Core core;
    private Letter first;
    private Letter second;
    private Stage primary;

    @Start
    void start(Stage stage) throws Exception {
        core = screen.core();
        Path file = Files.writeString(screen.dir().resolve("เชิญประชุม.txt"), FollowUpLetters.invitation());
        var proposal = core.proposalService().fromFile(file);
        first = core.registrar().register(proposal.draft(), file, false);
        second = FollowUpLetters.register(core, FollowUpLetters.postponement());
        primary = stage;
        screen.show(stage);
    }

    @Test
    void altEnterOnARegisterRowShowsTheDetailAndAReferenceOpensTheEntryItNames(FxRobot robot) {
        screen.selectTab("registerTab");
        TableView<RegisterRow> register = robot.lookup("#registerTable").queryTableView();
        robot.interact(() -> {
            register.getSelectionModel().select(0); // newest first: the postponement
            register.requestFocus();
        });
        robot.press(KeyCode.ALT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(detailTitle()).isEqualTo("รายการทะเบียนรับ " + second.regNo());
        assertThat(robot.lookup("#detail-subject").queryLabeled().getText()).isEqualTo("ขอเลื่อนการประชุมคณะกรรมการพัฒนาจังหวัด");
        assertThat(robot.lookup("#detail-date").queryLabeled().getText()).isEqualTo("6 มกราคม 2568");
        assertThat(sourceText(robot, ".evidence")).contains("เป็นวันพุธที่ ๒๒ มกราคม ๒๕๖๘ เวลา ๑๓.๓๐ น.");
        TableView<Deadline> deadlines = robot.lookup("#detailDeadlines").queryTableView();
        assertThat(deadlines.getItems()).as("the recalled old day is not a deadline of the postponing letter")
                .extracting(Deadline::due).containsExactly(java.time.LocalDate.of(2025, 1, 22));
        TableView<AuditEntry> history = robot.lookup("#auditTable").queryTableView();
        assertThat(history.getItems()).extracting(AuditEntry::field).contains("registered");
        assertThat(robot.lookup("#openOriginalButton").queryButton().isDisabled()).as("pasted: no file").isTrue();

        robot.clickOn("#reference-0");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(detailTitle()).isEqualTo("รายการทะเบียนรับ " + first.regNo());
        assertThat(robot.lookup("#detail-number").queryLabeled().getText()).isEqualTo("ขก ๐๐๑๗/ว ๑๒๓");
        assertThat(robot.lookup("#openOriginalButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#detail-file").queryLabeled().getText()).isEqualTo("เชิญประชุม.txt");
    }

    @Test
    void openingFromTheDashboardMarksThatDeadlinesWords(FxRobot robot) {
        robot.clickOn("#bucket-NEXT_TWO_WEEKS");
        TableView<BucketedDeadline> next = robot.lookup("#deadlineTable").queryTableView();
        BucketedDeadline meeting = next.getItems().stream()
                .filter(b -> b.entry().letter().letterId() == second.id() && b.entry().deadline().due().getDayOfMonth() == 22)
                .findFirst().orElseThrow();
        robot.interact(() -> next.getSelectionModel().select(meeting));
        robot.clickOn("#openLetterButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(detailTitle()).isEqualTo("รายการทะเบียนรับ " + second.regNo());
        assertThat(sourceText(robot, ".evidence-selected")).isEqualTo("เป็นวันพุธที่ ๒๒ มกราคม ๒๕๖๘ เวลา ๑๓.๓๐ น.");
        TableView<Deadline> deadlines = robot.lookup("#detailDeadlines").queryTableView();
        assertThat(deadlines.getSelectionModel().getSelectedItem().id()).isEqualTo(meeting.entry().id());
    }

    @Test
    void anAcceptedPostponementShowsAsALinkOnBothEntries(FxRobot robot) {
        var proposal = core.followUps().proposals(second.id()).get(0);
        core.followUps().accept(proposal, "clerk");
        robot.interact(() -> screen.window().openLetter(first.id()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#link-0").queryLabeled().getText())
                .isEqualTo("ถูกเลื่อนตามรายการ " + second.regNo() + ": ขอเลื่อนการประชุมคณะกรรมการพัฒนาจังหวัด");
        assertThat(robot.lookup("#detailDeadlines").queryTableView().getItems()).singleElement()
                .satisfies(d -> assertThat(((Deadline) d).due().getDayOfMonth()).isEqualTo(22));
        robot.clickOn("#link-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(detailTitle()).isEqualTo("รายการทะเบียนรับ " + second.regNo());
        assertThat(robot.lookup("#link-0").queryLabeled().getText()).startsWith("เลื่อนกำหนดของรายการ " + first.regNo());
    }

    @Test
    void aClassifiedLetterShowsNoTextAndNoOriginal(FxRobot robot) {
        var draft = LetterSeeds.receivedAt(java.time.LocalDateTime.of(2025, 1, 6, 9, 0)).number("กห ๐๒๐๑/๓๓")
                .dated(java.time.LocalDate.of(2025, 1, 3)).from("กองทัพภาคที่ ๒").subject("ขอความร่วมมือ").urgency(null)
                .secrecy(org.tidtam.letter.Secrecy.CONFIDENTIAL).draft();
        Letter secret = core.registrar().register(draft, null, false);
        robot.interact(() -> screen.window().openLetter(secret.id()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#detailNoText").queryLabeled().getText()).isEqualTo("หนังสือชั้นความลับ: ไม่เก็บข้อความไว้");
        assertThat(robot.lookup("#detail-secrecy").queryLabeled().getText()).isEqualTo("ลับ");
        assertThat(robot.lookup("#openOriginalButton").queryButton().isDisabled()).isTrue();
    }

    private String detailTitle() {
        return Window.getWindows().stream().filter(w -> w != primary && w.isShowing() && w instanceof Stage)
                .map(w -> ((Stage) w).getTitle()).filter(t -> t != null && t.startsWith("รายการ")).findFirst().orElse("");
    }
}
