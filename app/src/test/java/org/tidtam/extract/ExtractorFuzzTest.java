package org.tidtam.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer: {@code mvn test} replays the saved inputs under
 * src/test/resources/org/tidtam/extract/ExtractorFuzzTestInputs/extractAnything; {@code JAZZER_FUZZ=1}
 * fuzzes for new ones. Any bytes must give a result that can be written as JSON.
 */
class ExtractorFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void extractAnything(byte[] input) throws Exception {
        String text = new String(input, StandardCharsets.UTF_8);
        Extraction x = LetterFrames.read(text);
        StringWriter out = new StringWriter();
        ExtractionJson.write(x, out);
        assertThat(out.toString()).startsWith("{");
    }
}
