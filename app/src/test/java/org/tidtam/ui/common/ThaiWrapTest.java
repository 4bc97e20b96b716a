package org.tidtam.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Thai lines broken at word boundaries so each fits the width, nothing lost or repeated. */
@ExtendWith(ApplicationExtension.class)
class ThaiWrapTest {
    private static final String TEXT = "เลยกำหนด 7 วัน · 8 ม.ค. พ.ศ. 2568\n"
            + "[ส่งเอกสาร/ข้อมูล] ที่ ขก ๐๐๑๗.๒/ว ๒๐๓๗: ขอให้ส่งแบบสำรวจข้อมูลครัวเรือนของอำเภอภายในวันที่กำหนด";

    private VBox box;
    private Stage own;

    /** A stage of its own: a scene left on the shared primary stage would shrink the next test class's window. */
    @Start
    void start(Stage primary) {
        box = new VBox();
        own = new Stage();
        own.setScene(new Scene(box, 260, 300));
        own.show();
    }

    @AfterEach
    void close(FxRobot robot) { robot.interact(own::close); }

    @Test
    void everyLineFitsAndTheWordsAreKeptWhole() {
        Font font = Font.font(14);
        String wrapped = ThaiWrap.wrap(TEXT, font, 200);
        String[] lines = wrapped.split("\n");

        assertThat(lines.length).isGreaterThan(3);
        assertThat(Arrays.stream(lines)).allSatisfy(l -> assertThat(width(l, font)).isLessThanOrEqualTo(200));
        assertThat(wrapped.replace("\n", "").replace(" ", "")).isEqualTo(TEXT.replace("\n", "").replace(" ", ""));
        assertThat(wrapped).contains("ข้อมูล").contains("ครัวเรือน");
    }

    @Test
    void noWidthMeansNoBreaks() {
        assertThat(ThaiWrap.wrap(TEXT, Font.font(14), 0)).isEqualTo(TEXT);
        assertThat(ThaiWrap.wrap(null, Font.font(14), 100)).isNull();
    }

    @Test
    void aFittedLabelDrawsItsTextInLinesOfItsWidthAndKeepsItsText(FxRobot robot) {
        Label label = ThaiWrap.fit(new Label(TEXT));
        robot.interact(() -> box.getChildren().setAll(label));
        WaitForAsyncUtils.waitForFxEvents();

        String[] lines = ((Label) label.getGraphic()).getText().split("\n");
        assertThat(label.getText()).isEqualTo(TEXT);
        assertThat(lines.length).isGreaterThan(3);
        assertThat(Arrays.stream(lines)).allSatisfy(l ->
                assertThat(width(l, label.getFont())).isLessThanOrEqualTo(label.getWidth()));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(TEXT.replace("\n", "").replace(" ", ""));
        assertThat(label.getHeight()).isGreaterThan(lines.length * 14.0);

        robot.interact(() -> label.setText("ขอให้ส่งแบบสำรวจ"));
        assertThat(((Label) label.getGraphic()).getText()).isEqualTo("ขอให้ส่งแบบสำรวจ");
    }

    private static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
