package org.tidtam.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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
import org.tidtam.letter.AuditEntry;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.Letter;
import org.tidtam.remind.BucketedDeadline;
import org.tidtam.store.RegisterRow;
import org.tidtam.ui.UiModule;
import org.tidtam.ui.common.LanguagePreference;
import org.tidtam.ui.common.SameThreadTaskRunner;

/**
 * The entry's detail from the register (Alt+Enter) and from the dashboard: the text with the deadlines'
 * words highlighted, the deadlines, the audit rows, and a reference that opens the entry it names.
 */
@ExtendWith(ApplicationExtension.class)
class DetailScreenTest {
    private static final java.util.Locale LOCALE = java.util.Locale.getDefault();

    @TempDir
    static Path dir;
    private Core core;
    private UiModule module;
    private Letter first;
    private Letter second;
    private Stage primary;

    @AfterAll
    static void restoreLocale() { java.util.Locale.setDefault(LOCALE); }

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory(dir, "detail");
        core = FollowUpLetters.core(data);
        Path file = Files.writeString(data.resolve("เชิญประชุม.txt"), FollowUpLetters.invitation());
        var proposal = core.proposalService().fromFile(file);
        first = core.registrar().register(proposal.draft(), file, false);
        second = FollowUpLetters.register(core, FollowUpLetters.postponement());
        module = new UiModule(core, SameThreadTaskRunner::new, LanguagePreference.inMemory(null));
        primary = stage;
        module.show(stage, Messages.thai());
    }

    @AfterEach
    void closeDetailsAndDatabase(FxRobot robot) {
        robot.interact(() -> {
            module.window().dashboard().stop(); // its reminder timer must not outlive the database
            List.copyOf(Window.getWindows()).stream().filter(w -> w != primary).forEach(Window::hide);
        });
        core.close();
    }

    @Test
    void altEnterOnARegisterRowShowsTheDetailAndAReferenceOpensTheEntryItNames(FxRobot robot) {
        robot.interact(() -> ((TabPane) primary.getScene().lookup("#mainTabs")).getSelectionModel().select(1));
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
        assertThat(texts(robot, ".evidence")).contains("เป็นวันพุธที่ ๒๒ มกราคม ๒๕๖๘ เวลา ๑๓.๓๐ น.");
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
        TableView<BucketedDeadline> next = robot.lookup("#bucket-NEXT_TWO_WEEKS").queryTableView();
        BucketedDeadline meeting = next.getItems().stream()
                .filter(b -> b.entry().letter().letterId() == second.id() && b.entry().deadline().due().getDayOfMonth() == 22)
                .findFirst().orElseThrow();
        robot.interact(() -> next.getSelectionModel().select(meeting));
        robot.clickOn("#openLetterButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(detailTitle()).isEqualTo("รายการทะเบียนรับ " + second.regNo());
        assertThat(texts(robot, ".evidence-selected")).isEqualTo("เป็นวันพุธที่ ๒๒ มกราคม ๒๕๖๘ เวลา ๑๓.๓๐ น.");
        TableView<Deadline> deadlines = robot.lookup("#detailDeadlines").queryTableView();
        assertThat(deadlines.getSelectionModel().getSelectedItem().id()).isEqualTo(meeting.entry().id());
    }

    @Test
    void anAcceptedPostponementShowsAsALinkOnBothEntries(FxRobot robot) {
        var proposal = core.followUps().proposals(second.id()).get(0);
        core.followUps().accept(proposal, "clerk");
        robot.interact(() -> module.window().openLetter(first.id()));
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
        var draft = new org.tidtam.letter.LetterDraft("กห ๐๒๐๑/๓๓", java.time.LocalDate.of(2025, 1, 3), "กองทัพภาคที่ ๒",
                "นายอำเภอ", "ขอความร่วมมือ", null, org.tidtam.letter.Secrecy.CONFIDENTIAL,
                java.time.LocalDateTime.of(2025, 1, 6, 9, 0), "", "", "", "", "", List.of(), null, null);
        Letter secret = core.registrar().register(draft, null, false);
        robot.interact(() -> module.window().openLetter(secret.id()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#detailNoText").queryLabeled().getText()).isEqualTo("หนังสือชั้นความลับ: ไม่เก็บข้อความไว้");
        assertThat(robot.lookup("#detail-secrecy").queryLabeled().getText()).isEqualTo("ลับ");
        assertThat(robot.lookup("#openOriginalButton").queryButton().isDisabled()).isTrue();
    }

    private static String texts(FxRobot robot, String styleClass) {
        return robot.lookup("#sourceText " + styleClass).queryAllAs(Text.class).stream().map(Text::getText)
                .collect(Collectors.joining());
    }

    private String detailTitle() {
        return Window.getWindows().stream().filter(w -> w != primary && w.isShowing() && w instanceof Stage)
                .map(w -> ((Stage) w).getTitle()).filter(t -> t != null && t.startsWith("รายการ")).findFirst().orElse("");
    }
}
