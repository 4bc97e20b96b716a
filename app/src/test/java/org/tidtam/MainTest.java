package org.tidtam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidtam.cli.WindowArgs;

class MainTest {

    @Test
    void anImpossibleTodayStopsTheWindowWithAThaiLine() {
        String bad = Main.badOption(new WindowArgs(null, "2025-13-45", null), Map.of());

        assertThat(bad).contains("2025-13-45").containsPattern("[ก-๙]");
    }

    @Test
    void inEnglishWhenAskedAndFromTheEnvironmentToo() {
        assertThat(Main.badOption(new WindowArgs(null, null, "en"), Map.of("TIDTAM_TODAY", "31/02/2025")))
                .contains("31/02/2025").doesNotContainPattern("[ก-๙]");
    }

    @Test
    void goodOptionsPass() {
        assertThat(Main.badOption(new WindowArgs(null, "2025-06-15", "th"), Map.of())).isNull();
    }
}
