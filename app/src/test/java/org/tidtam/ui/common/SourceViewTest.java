package org.tidtam.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tidtam.letter.Span;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A long Thai line is broken into lines that fit the view, nothing lost or repeated, evidence still marked. */
@ExtendWith(ApplicationExtension.class)
class SourceViewTest {
    private static final String HEAD = "ที่ ขก ๐๐๓๗.๕/ว ๑๗๐๙๕\n\n";
    private static final String LONG = "- สิ่งที่ส่งมาด้วย ๑. สำเนาประกาศจังหวัดขอนแก่น ลงวันที่ ๒๖ มิถุนายน ๒๕๖๖ จำนวน ๑ ฉบับ"
            + " ด้วยจังหวัดขอนแก่นได้ประกาศเจตนารมณ์ขับเคลื่อนจังหวัดขอนแก่นเป็นจังหวัดคุณธรรม"
            + "จึงขอให้หัวหน้าส่วนราชการรายงานผลการดำเนินการให้จังหวัดทราบภายในวันที่ ๗ กรกฎาคม ๒๕๖๖";
    private static final String TEXT = HEAD + LONG + "\nขอแสดงความนับถือ";
    private static final String DEADLINE = "รายงานผลการดำเนินการให้จังหวัดทราบภายในวันที่ ๗ กรกฎาคม ๒๕๖๖";

    private SourceView view;
    private StackPane root;

    private Stage own;

    /** A stage of its own: a scene left on the shared primary stage would shrink the next test class's window. */
    @Start
    void start(Stage primary) {
        view = new SourceView("text");
        root = new StackPane(view.node());
        Scene scene = new Scene(root, 320, 400);
        scene.getStylesheets().add(SourceView.class.getResource(SourceView.STYLESHEET).toExternalForm());
        own = new Stage();
        own.setScene(scene);
        own.show();
    }

    @AfterEach
    void close(FxRobot robot) { robot.interact(own::close); }

    @Test
    void aLongThaiLineIsBrokenIntoLinesThatFitTheView(FxRobot robot) {
        Span deadline = new Span(TEXT.indexOf(DEADLINE), TEXT.indexOf(DEADLINE) + DEADLINE.length());
        robot.interact(() -> view.show(TEXT, List.of(deadline)));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> lines = view.lines();
        assertThat(String.join("", lines)).isEqualTo(TEXT);
        assertThat(lines).hasSizeGreaterThan(6).contains("ขอแสดงความนับถือ");
        assertThat(shownText(robot)).isEqualTo(TEXT);
        TextFlow flow = robot.lookup("#sourceText").queryAs(TextFlow.class);
        double right = flow.getWidth() - flow.snappedRightInset();
        double oneLine = new Text("ที่").getBoundsInLocal().getHeight();
        assertThat(pieces(robot)).allSatisfy(t ->
                assertThat(t.getBoundsInParent().getMaxX()).as(t.getText()).isLessThanOrEqualTo(right + 0.5));
        assertThat(pieces(robot)).filteredOn(t -> !t.getText().contains("\n")).isNotEmpty().allSatisfy(t ->
                assertThat(t.getBoundsInLocal().getHeight()).as(t.getText()).isLessThan(oneLine * 1.5));
    }

    @Test
    void markingEvidenceThatSpansABrokenLineMarksAllItsWordsAndKeepsTheLines(FxRobot robot) {
        Span deadline = new Span(TEXT.indexOf(DEADLINE), TEXT.indexOf(DEADLINE) + DEADLINE.length());
        robot.interact(() -> view.show(TEXT, List.of(deadline)));
        List<String> before = view.lines();

        robot.interact(() -> view.mark(deadline));

        assertThat(view.markedText()).isEqualTo(DEADLINE);
        assertThat(view.lines()).isEqualTo(before);
        assertThat(before).as("the deadline's words run over a break").noneMatch(l -> l.contains(DEADLINE));
    }

    @Test
    void aNarrowerViewBreaksTheLinesAgain(FxRobot robot) {
        robot.interact(() -> view.show(TEXT, List.of()));
        int wide = view.lines().size();

        // the view, not the stage: a stage sized by hand keeps that size for the next test class's scene
        robot.interact(() -> ((Region) view.node()).setMaxWidth(220));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.lines().size()).isGreaterThan(wide);
        assertThat(String.join("", view.lines())).isEqualTo(TEXT);
        assertThat(shownText(robot)).isEqualTo(TEXT);
    }

    /** The pieces' text joined, without the line breaks the view added. */
    private static String shownText(FxRobot robot) {
        return pieces(robot).stream().map(Text::getText).collect(Collectors.joining());
    }

    private static List<Text> pieces(FxRobot robot) {
        return robot.lookup("#sourceText").queryAs(TextFlow.class).getChildren().stream()
                .filter(n -> n.getStyleClass().contains("source-piece")).map(Text.class::cast).toList();
    }
}
