package org.tidtam.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.ui.ScreenActions.ctrl;
import static org.tidtam.ui.ScreenActions.pasteNewLetter;
import static org.tidtam.ui.ScreenActions.sourceText;
import static org.tidtam.ui.ScreenActions.text;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Letter;
import org.tidtam.store.RegisterQuery;
import org.tidtam.store.RegisterRow;
import org.tidtam.store.RegisterStore;
import org.tidtam.ui.ScreenFixture;

/** The clerk's daily flow: Ctrl+N, paste the letter, check what was read, keep one deadline, save, find it. */
@ExtendWith(ApplicationExtension.class)
class ReviewScreenTest {
    static final Clock CLOCK = ScreenFixture.clock(LocalDateTime.of(2025, 1, 15, 10, 30));

    @RegisterExtension
    final ScreenFixture screen = ScreenFixture.at(CLOCK);
    private RegisterStore store;

    @Start
    void start(Stage stage) {
        store = screen.core().registerStore();
        screen.show(stage);
    }

    @Test
    void pasteReviewKeepOneDeadlineSaveAndFindByAThaiSubstring(FxRobot robot) {
        pasteNewLetter(robot, ReviewLetters.KHON_KAEN);

        assertThat(text(robot, "#number")).isEqualTo("ขก ๐๐๑๗.๒/ว ๑๒๓๔");
        assertThat(text(robot, "#sender")).isEqualTo("จังหวัดขอนแก่น");
        assertThat(text(robot, "#subject")).isEqualTo("ขอเชิญประชุมและรายงานผลการดำเนินงานโครงการบ้านพักผู้สูงอายุ");
        assertThat(text(robot, "#letterDate")).isEqualTo("10/1/2568");
        TableView<DeadlineItem> deadlines = robot.lookup("#deadlinesTable").queryTableView();
        assertThat(deadlines.getItems()).extracting(d -> d.kindProperty().get())
                .containsExactly(DeadlineKind.MEETING, DeadlineKind.REPORT);
        assertThat(sourceText(robot, ".evidence")).contains("ขอเชิญประชุมและรายงาน", "ภายในวันที่ ๒๐ มกราคม ๒๕๖๘");

        robot.clickOn("#subject");
        assertThat(sourceText(robot, ".evidence-selected")).contains("ขอเชิญประชุมและรายงานผลการดำเนินงาน")
                .doesNotContain("๒๙ มกราคม");
        robot.interact(() -> deadlines.getSelectionModel().select(1));
        assertThat(sourceText(robot, ".evidence-selected")).contains("ภายในวันที่ ๒๐ มกราคม ๒๕๖๘");

        List<Node> ticks = List.copyOf(robot.lookup("#deadlinesTable .check-box").queryAll());
        robot.clickOn(ticks.get(0)); // the meeting: rejected
        assertThat(deadlines.getItems().get(0).acceptedProperty().get()).isFalse();
        assertThat(deadlines.getItems().get(1).acceptedProperty().get()).isTrue();
        robot.interact(() -> deadlines.getItems().get(1).actionProperty().set("ส่งแบบรายงาน"));

        save(robot);

        screen.selectTab("registerTab");
        TableView<RegisterRow> register = robot.lookup("#registerTable").queryTableView();
        assertThat(register.getItems()).hasSize(1);
        assertThat(register.getItems().get(0).subject()).contains("บ้านพักผู้สูงอายุ");
        Letter saved = store.get(register.getItems().get(0).id()).orElseThrow();
        assertThat(saved.fields().deadlines()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineKind.REPORT);
            assertThat(d.due()).isEqualTo(LocalDate.of(2025, 1, 20));
            assertThat(d.action()).isEqualTo("ส่งแบบรายงาน");
        });
        assertThat(store.page(RegisterQuery.all().withText("บ้านพักผู้สูง"), 0, 10))
                .extracting(RegisterRow::id).containsExactly(saved.id());
    }

    @Test
    void theSameLetterAgainWarnsWithTheExistingEntryAndTheClerkDecides(FxRobot robot) {
        pasteNewLetter(robot, ReviewLetters.KHON_KAEN);
        save(robot);
        pasteNewLetter(robot, ReviewLetters.KHON_KAEN);
        save(robot);

        assertThat(robot.lookup("#duplicateDialog").tryQuery()).isPresent();
        assertThat(robot.lookup("#duplicateText").queryLabeled().getText())
                .contains("2568/1", "ขก ๐๐๑๗.๒/ว ๑๒๓๔", "จังหวัดขอนแก่น", "บ้านพักผู้สูงอายุ");
        robot.clickOn("ไม่บันทึก");
        assertThat(store.count(RegisterQuery.all())).isEqualTo(1);
        assertThat(robot.lookup("#reviewPane").tryQuery()).as("the form stays open").isPresent();

        save(robot);
        robot.clickOn("บันทึกต่อไป");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.count(RegisterQuery.all())).isEqualTo(2);
    }

    private static void save(FxRobot robot) { ctrl(robot, KeyCode.S); }
}
