package org.tidtam.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Thai lines broken at word boundaries so each fits the width, nothing lost or repeated. */
@ExtendWith(ApplicationExtension.class)
class ThaiWrapTest {
    private static final String TEXT = "เลยกำหนด 7 วัน · 8 ม.ค. พ.ศ. 2568\n"
            + "[ส่งเอกสาร/ข้อมูล] ที่ ขก ๐๐๑๗.๒/ว ๒๐๓๗: ขอให้ส่งแบบสำรวจข้อมูลครัวเรือนของอำเภอภายในวันที่กำหนด";

    @Start
    void start(Stage stage) { }

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

    private static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
