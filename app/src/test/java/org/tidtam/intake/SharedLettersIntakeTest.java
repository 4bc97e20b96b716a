package org.tidtam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shared real letters (OCR text in UTF-8) come through intake unchanged. */
class SharedLettersIntakeTest {

    @Test
    void readsEverySharedLetterUnchanged() throws IOException {
        String folder = System.getProperty("tidtam.shared.letters", "");
        Path letters = Path.of(folder);
        assumeTrue(!folder.isEmpty() && Files.isDirectory(letters), "shared letters not present");
        List<Path> texts;
        try (Stream<Path> files = Files.list(letters)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        FileIntake intake = new FileIntake();

        for (Path file : texts) {
            IntakeResult result = intake.read(file);
            assertThat(result.text()).as(file.toString()).isEqualTo(Files.readString(file));
            assertThat(result.encoding()).isEqualTo("UTF-8");
        }
        assertThat(texts).isNotEmpty();
    }
}
