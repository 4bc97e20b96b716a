package org.tidtam.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The held-out letters (test resources heldout/: synthetic letters unlike the development set, gold written
 * by hand before the extractor was run on them) scored as shared/tools/score.py scores, with a floor under
 * each figure a little below what the extractor reaches (55 files: P 1.000, R 1.000, kind 0.973, header
 * 1.000), so a regression fails the build.
 */
class HeldOutLettersTest {
    private static final String DIR = "/org/tidtam/extract/heldout/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GoldScore score;

    @BeforeAll
    static void scoreAll() throws IOException {
        score = new GoldScore();
        for (String name : names()) {
            String text = read(DIR + name + ".txt");
            JsonNode gold = JSON.readTree(read(DIR + name + ".gold.json")).get("letters");
            JsonNode pred = ExtractionJson.tree(LetterFrames.read(text)).get("letters");
            score.add(name, gold, pred);
        }
    }

    @Test
    void deadlinePrecision() {
        assertThat(score.precision()).as(score.summary()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void deadlineRecall() {
        assertThat(score.recall()).as(score.summary()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void deadlineKinds() {
        assertThat(score.kindAccuracy()).as(score.summary()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void headerFields() {
        assertThat(score.headerAccuracy()).as(score.summary()).isGreaterThanOrEqualTo(0.98);
    }

    private static List<String> names() throws IOException {
        return read(DIR + "index.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = HeldOutLettersTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
