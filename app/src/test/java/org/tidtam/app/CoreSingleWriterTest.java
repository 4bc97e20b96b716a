package org.tidtam.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.i18n.TidtamException;
import org.tidtam.store.RegisterQuery;

class CoreSingleWriterTest {
    @TempDir Path dir;

    @Test
    void secondCoreOnTheSameFileIsReadOnlyWithABannerAndRefusesWrites() throws Exception {
        Path db = dir.resolve("tidtam.db");
        try (Core first = Core.open(TestLetters.config(db, "somchai"))) {
            first.registerStore().register(TestLetters.numbered(1), "somchai");
            assertThat(first.readOnly()).isFalse();
            assertThat(first.readOnlyBanner()).isEmpty();
            byte[] before = Files.readAllBytes(db);
            try (Core second = Core.open(TestLetters.config(db, "malee"))) {
                assertThat(second.readOnly()).isTrue();
                assertThat(second.readOnlyBanner()).get().asString().contains("somchai").startsWith("Read only");
                assertThat(second.registerStore().count(RegisterQuery.all())).isEqualTo(1);
                assertThatThrownBy(() -> second.registerStore().register(TestLetters.numbered(2), "malee"))
                        .isInstanceOf(TidtamException.class).extracting(e -> ((TidtamException) e).key())
                        .isEqualTo("backup.lock.held");
                assertThatThrownBy(second::requireWritable).isInstanceOf(TidtamException.class);
            }
            assertThat(Files.readAllBytes(db)).isEqualTo(before);
            first.registerStore().register(TestLetters.numbered(2), "somchai");
        }
        try (Core again = Core.open(TestLetters.config(db, "malee"))) {
            assertThat(again.readOnly()).isFalse();
            assertThat(again.registerStore().count(RegisterQuery.all())).isEqualTo(2);
        }
    }

    @Test
    void secondProcessOpensReadOnlyAndIsRefused() throws Exception {
        Path db = dir.resolve("tidtam.db");
        try (Core first = Core.open(TestLetters.config(db, "somchai"))) {
            first.registerStore().register(TestLetters.numbered(1), "somchai");
            assertThat(runProbe(db)).containsExactly("READ_ONLY 1", "REFUSED backup.lock.held");
        }
        assertThat(runProbe(db)).containsExactly("READ_WRITE 1", "REGISTERED 2568/2");
    }

    @Test
    void anotherDatabaseInTheSameFolderHasItsOwnLock() {
        Path db = dir.resolve("tidtam.db");
        try (Core first = Core.open(TestLetters.config(db, "somchai"))) {
            Path other = dir.resolve("other.db");
            assertThat(other).doesNotExist();
            try (Core fresh = Core.open(TestLetters.config(other, "malee"))) {
                assertThat(fresh.readOnly()).isFalse();
            }
        }
    }

    private static List<String> runProbe(Path db) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CoreProbe.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            lines = r.lines().collect(Collectors.toList());
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return lines;
    }
}
