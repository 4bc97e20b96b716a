package org.tidtam.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shared letter against its gold file: letters, header fields, every deadline's day, kind and time. */
class SharedLettersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> goldFiles() throws IOException {
        Path dir = Path.of(System.getProperty("tidtam.shared.letters", "../../shared/letters"));
        assumeTrue(Files.isDirectory(dir), "shared letters not found at " + dir);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void matchesGold(Path goldFile) throws IOException {
        String name = goldFile.getFileName().toString().replace(".gold.json", "");
        String text = Files.readString(goldFile.resolveSibling(name + ".txt"), StandardCharsets.UTF_8);
        JsonNode gold = JSON.readTree(goldFile.toFile()).get("letters");
        JsonNode pred = ExtractionJson.tree(LetterFrames.read(text)).get("letters");

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(pred.size()).as("letters").isEqualTo(gold.size());
        for (int i = 0; i < Math.min(gold.size(), pred.size()); i++) {
            header(soft, name + "[" + i + "]", gold.get(i), pred.get(i));
            deadlines(soft, name + "[" + i + "]", gold.get(i), pred.get(i));
        }
        soft.assertAll();
    }

    private static void header(SoftAssertions soft, String where, JsonNode g, JsonNode p) {
        soft.assertThat(GoldComparison.sameNumber(text(g, "number"), text(p, "number")))
                .as(where + " number %s vs %s", text(g, "number"), text(p, "number")).isTrue();
        soft.assertThat(text(p, "date")).as(where + " date").isEqualTo(text(g, "date"));
        soft.assertThat(text(p, "urgency")).as(where + " urgency").isEqualTo(text(g, "urgency"));
        soft.assertThat(GoldComparison.sameSender(text(g, "sender"), text(p, "sender")))
                .as(where + " sender %s vs %s", text(g, "sender"), text(p, "sender")).isTrue();
        soft.assertThat(GoldComparison.similar(text(g, "subject"), text(p, "subject")))
                .as(where + " subject %s vs %s", text(g, "subject"), text(p, "subject")).isTrue();
        soft.assertThat(GoldComparison.similar(text(g, "to"), text(p, "to")))
                .as(where + " to %s vs %s", text(g, "to"), text(p, "to")).isTrue();
        JsonNode gr = g.get("received");
        JsonNode pr = p.get("received");
        soft.assertThat(pr.isNull()).as(where + " received present").isEqualTo(gr.isNull());
        if (!gr.isNull() && !pr.isNull()) {
            soft.assertThat(GoldComparison.sameNumber(text(gr, "number"), text(pr, "number")))
                    .as(where + " received number").isTrue();
            soft.assertThat(text(pr, "date")).as(where + " received date").isEqualTo(text(gr, "date"));
        }
    }

    private static void deadlines(SoftAssertions soft, String where, JsonNode g, JsonNode p) {
        Map<String, Set<String>> gk = byDue(g, "kind");
        Map<String, Set<String>> pk = byDue(p, "kind");
        soft.assertThat(pk.keySet()).as(where + " deadline days").isEqualTo(gk.keySet());
        Map<String, Set<String>> gt = byDue(g, "time");
        Map<String, Set<String>> pt = byDue(p, "time");
        for (String due : gk.keySet()) {
            if (pk.containsKey(due)) {
                soft.assertThat(pk.get(due)).as(where + " kind on " + due).containsAnyElementsOf(gk.get(due));
                soft.assertThat(pt.get(due)).as(where + " time on " + due).containsAll(gt.get(due));
            }
        }
    }

    private static Map<String, Set<String>> byDue(JsonNode letter, String field) {
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonNode d : letter.get("deadlines")) {
            String key = d.get("due").isNull() ? "rel:" + d.get("relative") : d.get("due").asText();
            out.computeIfAbsent(key, k -> new TreeSet<>()).add(String.valueOf(text(d, field)));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

}
