package org.tidtam.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.ui.ScreenActions.ctrl;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.app.Core;
import org.tidtam.letter.Letter;
import org.tidtam.store.RegisterQuery;
import org.tidtam.ui.ScreenFixture;

/** Opening a file in the review (what drop and Ctrl+O do): the original is kept; a scanned PDF is refused in Thai. */
@ExtendWith(ApplicationExtension.class)
class ReviewFileTest {
    @RegisterExtension
    final ScreenFixture fixture = ScreenFixture.at(ReviewScreenTest.CLOCK);
    private Path dir;
    private Core core;
    private ReviewScreen screen;
    private final List<Letter> saved = new ArrayList<>();

    @Start
    void start(Stage stage) {
        dir = fixture.dir();
        core = fixture.core();
        Stage owner = new Stage(); // not the shared primary stage, which later screen tests size for themselves
        owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 300, 200));
        owner.show();
        screen = new ReviewScreen(fixture.context(), ReviewServices.of(core), saved::add).show(owner);
    }

    @Test
    void aTextFileIsReadAndKeptWithTheEntry(FxRobot robot) throws Exception {
        Path file = dir.resolve("ขก-1234.txt");
        Files.writeString(file, ReviewLetters.KHON_KAEN, StandardCharsets.UTF_8);
        robot.interact(() -> screen.openFile(file.toFile()));
        assertThat(robot.lookup("#number").queryTextInputControl().getText()).isEqualTo("ขก ๐๐๑๗.๒/ว ๑๒๓๔");

        ctrl(robot, KeyCode.S);
        assertThat(saved).singleElement().satisfies(l -> {
            assertThat(l.fields().fileName()).isEqualTo("ขก-1234.txt");
            assertThat(l.fields().deadlines()).hasSize(2);
            assertThat(core.registerStore().attachments(l.id())).hasSize(1);
        });
    }

    @Test
    void aScannedPdfGetsAThaiMessageAndNothingIsSaved(FxRobot robot) throws Exception {
        File pdf = dir.resolve("scan.pdf").toFile();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf);
        }
        javafx.application.Platform.runLater(() -> screen.openFile(pdf)); // the dialog waits: don't
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#errorDialog").tryQuery()).isPresent();
        assertThat(robot.lookup("#dialogText").queryLabeled().getText()).contains("scan.pdf", "OCR");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(core.registerStore().count(RegisterQuery.all())).isZero();
    }
}
