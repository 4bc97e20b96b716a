package org.tidtam.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
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
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Letter;
import org.tidtam.store.RegisterQuery;
import org.tidtam.store.RegisterRow;
import org.tidtam.store.RegisterStore;
import org.tidtam.ui.UiModule;
import org.tidtam.ui.common.LanguagePreference;
import org.tidtam.ui.common.SameThreadTaskRunner;

/** The clerk's daily flow: Ctrl+N, paste the letter, check what was read, keep one deadline, save, find it. */
@ExtendWith(ApplicationExtension.class)
class ReviewScreenTest {
    private static final Locale LOCALE = Locale.getDefault();
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2025, 1, 15, 10, 30).atZone(BANGKOK).toInstant(), BANGKOK);

    @TempDir
    static Path dir;
    private Core core;
    private RegisterStore store;
    private UiModule module;

    @AfterAll
    static void restoreLocale() { Locale.setDefault(LOCALE); }

    @Start
    void start(Stage stage) throws Exception {
        Path db = Files.createTempFile(dir, "review", ".db");
        Files.delete(db);
        AppConfig config = new AppConfig(db, dir.resolve("data-" + db.getFileName()), CLOCK, Messages.thai(), "clerk");
        core = Core.open(config);
        store = core.registerStore();
        module = new UiModule(core, SameThreadTaskRunner::new, LanguagePreference.inMemory(null));
        module.show(stage, Messages.thai());
    }

    @AfterEach
    void closeDatabase() {
        module.window().dashboard().stop();
        core.close();
    }

    @Test
    void pasteReviewKeepOneDeadlineSaveAndFindByAThaiSubstring(FxRobot robot) {
        newLetterWithPastedText(robot, ReviewLetters.KHON_KAEN);

        assertThat(text(robot, "#number")).isEqualTo("ขก ๐๐๑๗.๒/ว ๑๒๓๔");
        assertThat(text(robot, "#sender")).isEqualTo("จังหวัดขอนแก่น");
        assertThat(text(robot, "#subject")).isEqualTo("ขอเชิญประชุมและรายงานผลการดำเนินงานโครงการบ้านพักผู้สูงอายุ");
        assertThat(text(robot, "#letterDate")).isEqualTo("10/1/2568");
        TableView<DeadlineItem> deadlines = robot.lookup("#deadlinesTable").queryTableView();
        assertThat(deadlines.getItems()).extracting(d -> d.kindProperty().get())
                .containsExactly(DeadlineKind.MEETING, DeadlineKind.REPORT);
        assertThat(evidenceText(robot, ".evidence")).contains("ขอเชิญประชุมและรายงาน", "ภายในวันที่ ๒๐ มกราคม ๒๕๖๘");

        robot.clickOn("#subject");
        assertThat(evidenceText(robot, ".evidence-selected")).contains("ขอเชิญประชุมและรายงานผลการดำเนินงาน")
                .doesNotContain("๒๙ มกราคม");
        robot.interact(() -> deadlines.getSelectionModel().select(1));
        assertThat(evidenceText(robot, ".evidence-selected")).contains("ภายในวันที่ ๒๐ มกราคม ๒๕๖๘");

        List<Node> ticks = List.copyOf(robot.lookup("#deadlinesTable .check-box").queryAll());
        robot.clickOn(ticks.get(0)); // the meeting: rejected
        assertThat(deadlines.getItems().get(0).acceptedProperty().get()).isFalse();
        assertThat(deadlines.getItems().get(1).acceptedProperty().get()).isTrue();
        robot.interact(() -> deadlines.getItems().get(1).actionProperty().set("ส่งแบบรายงาน"));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

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
        newLetterWithPastedText(robot, ReviewLetters.KHON_KAEN);
        save(robot);
        newLetterWithPastedText(robot, ReviewLetters.KHON_KAEN);
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

    private static void newLetterWithPastedText(FxRobot robot, String letter) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(letter);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void save(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryTextInputControl().getText();
    }

    private static String evidenceText(FxRobot robot, String styleClass) {
        return robot.lookup("#sourceText " + styleClass).queryAllAs(Text.class).stream().map(Text::getText)
                .collect(Collectors.joining());
    }
}
