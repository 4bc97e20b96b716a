package org.tidtam.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.tidtam.letter.AuditEntry;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;
import org.tidtam.store.RegisterQuery;
import org.tidtam.store.RegisterRow;
import org.tidtam.store.RegisterStore;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.SameThreadTaskRunner;
import org.tidtam.ui.common.TaskRunner;

class PagedRowListTest {
    private static final int MILLION = 1_000_000;

    /** A register of a million rows that exist only when a page is asked for. */
    static final class HugeStore implements RegisterStore {
        final AtomicInteger pages = new AtomicInteger();

        @Override
        public List<RegisterRow> page(RegisterQuery q, int offset, int limit) {
            pages.incrementAndGet();
            return IntStream.range(offset, Math.min(MILLION, offset + limit)).mapToObj(HugeStore::row).toList();
        }

        static RegisterRow row(int i) {
            return new RegisterRow(i, new RegistrationNumber(2568, MILLION - i), LocalDateTime.of(2025, 1, 1, 9, 0),
                    "มท 0322/" + i, LocalDate.of(2025, 1, 1), "จังหวัด", "นายอำเภอ", "เรื่อง " + i, Urgency.NORMAL,
                    Secrecy.NORMAL, "", "", "", "", LetterStatus.RECEIVED, false);
        }

        @Override
        public long count(RegisterQuery q) { return MILLION; }

        @Override
        public void forEachRow(RegisterQuery q, long limit, java.util.function.Consumer<RegisterRow> sink) {
            throw new UnsupportedOperationException("the screen never reads a whole year");
        }

        @Override
        public Letter register(LetterDraft d, String u) { throw new UnsupportedOperationException(); }

        @Override
        public Optional<Letter> get(long id) { return Optional.empty(); }

        @Override
        public Optional<Letter> find(RegistrationNumber r) { return Optional.empty(); }

        @Override
        public Letter update(long id, LetterDraft f, String u) { throw new UnsupportedOperationException(); }

        @Override
        public Letter cancel(long id, String r, String u) { throw new UnsupportedOperationException(); }

        @Override
        public List<AuditEntry> history(long id) { return List.of(); }

        @Override
        public List<Integer> years() { return List.of(2568); }
    }

    /** Holds submitted tasks until the test runs them, like a worker thread that has not finished yet. */
    static final class DeferredRunner implements TaskRunner {
        final List<Runnable> queued = new ArrayList<>();
        private final SameThreadTaskRunner now = new SameThreadTaskRunner(e -> { throw new AssertionError(e); });

        @Override
        public <T> void submit(BackgroundTask<T> task) { queued.add(() -> now.submit(task)); }

        void runAll() {
            List<Runnable> copy = List.copyOf(queued);
            queued.clear();
            copy.forEach(Runnable::run);
        }
    }

    private final HugeStore store = new HugeStore();

    @Test
    void aMillionRowsLoadOnlyThePagesAsked() {
        PagedRowList list = new PagedRowList(store, RegisterQuery.year(2568), MILLION, List.of(),
                new SameThreadTaskRunner(e -> { }), e -> { });

        assertThat(list).hasSize(MILLION);
        assertThat(list.get(999_999).subject()).isEqualTo("เรื่อง 999999");
        assertThat(list.get(999_950).subject()).isEqualTo("เรื่อง 999950");
        assertThat(store.pages).hasValue(1);
    }

    @Test
    void scrollingEndToEndKeepsABoundedCache() {
        PagedRowList list = new PagedRowList(store, RegisterQuery.year(2568), MILLION, List.of(),
                new SameThreadTaskRunner(e -> { }), e -> { });

        for (int i = 0; i < MILLION; i += 37) {
            list.get(i);
        }

        assertThat(list.cachedPages()).isLessThanOrEqualTo(PagedRowList.MAX_PAGES);
        assertThat(store.pages.get()).isEqualTo(MILLION / PagedRowList.PAGE_SIZE);
    }

    @Test
    void aRowNotYetLoadedIsEmptyAndIsReportedReplacedWhenItsPageArrives() {
        DeferredRunner runner = new DeferredRunner();
        PagedRowList list = new PagedRowList(store, RegisterQuery.year(2568), MILLION, List.of(), runner, e -> { });
        List<Integer> replaced = new ArrayList<>();
        list.addListener((ListChangeListener<RegisterRow>) c -> {
            while (c.next()) {
                if (c.wasReplaced()) {
                    replaced.add(c.getFrom());
                }
            }
        });

        assertThat(list.get(250)).isNull();
        list.get(260); // same page: asked once
        assertThat(runner.queued).hasSize(1);
        runner.runAll();

        assertThat(list.get(250).subject()).isEqualTo("เรื่อง 250");
        assertThat(replaced).contains(200);
    }

    @Test
    void theFirstPageComesWithTheCount() {
        List<RegisterRow> first = store.page(RegisterQuery.all(), 0, PagedRowList.PAGE_SIZE);
        store.pages.set(0);
        PagedRowList list = new PagedRowList(store, RegisterQuery.all(), MILLION, first,
                new SameThreadTaskRunner(e -> { }), e -> { });

        assertThat(list.get(0).subject()).isEqualTo("เรื่อง 0");
        assertThat(store.pages).hasValue(0);
    }
}
