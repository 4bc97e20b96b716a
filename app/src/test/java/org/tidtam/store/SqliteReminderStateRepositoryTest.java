package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.remind.ReminderState;

class SqliteReminderStateRepositoryTest {
    static final Instant T = Instant.parse("2025-06-15T02:00:00Z");
    @TempDir Path dir;

    @Test
    void readsManyStatesInOneCallAndLeavesOutKeysWithoutState() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            SqliteReminderStateRepository repo = new SqliteReminderStateRepository(db);
            repo.acknowledge("1:2025-06-20:-1d", T);
            repo.snooze("2:2025-06-20:-1d", T.plusSeconds(3600));
            repo.acknowledge("900:2025-06-20:-1d", T);
            // more keys than one IN list holds
            List<String> keys = IntStream.rangeClosed(1, 1200).mapToObj(i -> i + ":2025-06-20:-1d").toList();
            Map<String, ReminderState> states = repo.states(keys);
            assertThat(states).containsOnlyKeys("1:2025-06-20:-1d", "2:2025-06-20:-1d", "900:2025-06-20:-1d");
            assertThat(states.get("1:2025-06-20:-1d")).isEqualTo(new ReminderState(T, null));
            assertThat(states.get("2:2025-06-20:-1d").showsAt(T)).isFalse();
            assertThat(states.get("2:2025-06-20:-1d").showsAt(T.plusSeconds(3600))).isTrue();
            assertThat(repo.states(List.of())).isEmpty();
        }
    }
}
