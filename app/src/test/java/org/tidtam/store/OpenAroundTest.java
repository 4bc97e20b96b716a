package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.store.DeadlineDrafts.due;
import static org.tidtam.store.DeadlineDrafts.letter;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Urgency;
import org.tidtam.remind.DeadlineEntry;

/** The dashboard's bounded load: the latest overdue and the soonest coming, however many are open. */
class OpenAroundTest {
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final LocalDate TODAY = LocalDate.of(2025, 5, 10);
    @TempDir Path dir;

    @Test
    void takesTheLatestOverdueAndTheSoonestComingAsTheFullListWould() {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(BANGKOK).toInstant(), BANGKOK);
        try (Core core = Core.open(new AppConfig(dir.resolve("t.db"), dir, clock, Messages.thai(), "clerk"))) {
            for (int d = -6; d <= 6; d++) {
                core.registerStore().register(letter("เรื่อง " + d, TODAY.minusDays(8).atTime(10, 0), "", "",
                        Urgency.NORMAL, due(DeadlineKind.REPORT, TODAY.plusDays(d), "รายงาน " + d)), "clerk");
            }
            DeadlineStore store = core.deadlineStore();
            List<LocalDate> days = store.openAround(TODAY, 3).stream().map(e -> e.deadline().due()).toList();
            assertThat(days).containsExactly(TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1), TODAY,
                    TODAY.plusDays(1), TODAY.plusDays(2));
            assertThat(ids(store.openAround(TODAY, 3))).isEqualTo(ids(listing(store).openAround(TODAY, 3)));
            assertThat(store.openAround(TODAY, 100)).hasSize(13);
            assertThat(store.openAround(TODAY, 0)).isEmpty();
            assertThat(store.countOverdue(TODAY, 100)).isEqualTo(6).isEqualTo(listing(store).countOverdue(TODAY, 100));
            assertThat(store.countOverdue(TODAY, 4)).isEqualTo(5).isEqualTo(listing(store).countOverdue(TODAY, 4));
            assertThat(store.countOverdue(TODAY.minusDays(6), 100)).isZero();
        }
    }

    private static List<Long> ids(List<DeadlineEntry> entries) { return entries.stream().map(DeadlineEntry::id).toList(); }

    /** The interface's own answer, from the full list (what a store without its own query gives). */
    private static DeadlineStore listing(DeadlineStore real) {
        return new DeadlineStore() {
            @Override public List<DeadlineEntry> list(DeadlineQuery q) { return real.list(q); }
            @Override public Optional<DeadlineEntry> get(long id) { return real.get(id); }
            @Override public DeadlineEntry markDone(long id, String n, String r, String u, LocalDate t) { throw new AssertionError(); }
            @Override public DeadlineEntry dismiss(long id, String r, String u, LocalDate t) { throw new AssertionError(); }
        };
    }
}
