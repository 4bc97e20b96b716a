package org.tidtam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WindowArgsTest {

    @Test
    void noArgumentsOpenTheWindowWithTheDefaults() {
        assertThat(WindowArgs.parse()).contains(new WindowArgs(null, null, null));
    }

    @Test
    void theRootOptionsInBothForms() {
        assertThat(WindowArgs.parse("--db", "/tmp/ทะเบียน.db", "--today=2025-06-15", "--lang", "en"))
                .contains(new WindowArgs(Path.of("/tmp/ทะเบียน.db"), "2025-06-15", "en"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            search ภัย
            --db
            --db a.db --db b.db
            --db --today
            --help
            -V
            --today 2025-06-15 import a.txt
            --db=
            """)
    void anythingElseGoesToTheCommandParser(String line) {
        assertThat(WindowArgs.parse(line.split(" "))).isEmpty();
    }
}
