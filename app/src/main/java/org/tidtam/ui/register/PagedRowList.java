package org.tidtam.ui.register;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;
import org.tidtam.store.RegisterQuery;
import org.tidtam.store.RegisterRow;
import org.tidtam.store.RegisterStore;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.TaskRunner;

/**
 * The register as a list the table can show without loading it: its size is the row count, and a row is
 * fetched with its page when the table first asks for it. Until then get() answers null (an empty row);
 * when the page arrives the list reports those rows replaced and the table redraws them. Only a bounded
 * number of pages stays in memory.
 */
final class PagedRowList extends ObservableListBase<RegisterRow> {
    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 40;

    private final RegisterStore store;
    private final RegisterQuery query;
    private final int size;
    private final TaskRunner runner;
    private final Consumer<Throwable> onError;
    private final Map<Integer, List<RegisterRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<RegisterRow>> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private boolean answering;

    PagedRowList(RegisterStore store, RegisterQuery query, long count, List<RegisterRow> firstPage,
                 TaskRunner runner, Consumer<Throwable> onError) {
        this.store = store;
        this.query = query;
        this.size = (int) Math.min(count, Integer.MAX_VALUE);
        this.runner = runner;
        this.onError = onError;
        if (!firstPage.isEmpty()) {
            pages.put(0, List.copyOf(firstPage));
        }
    }

    @Override
    public int size() { return size; }

    @Override
    public RegisterRow get(int index) {
        Objects.checkIndex(index, size);
        int page = index / PAGE_SIZE;
        List<RegisterRow> rows = pages.get(page);
        if (rows == null) {
            request(page);
            rows = pages.get(page);
        }
        int within = index % PAGE_SIZE;
        return rows == null || within >= rows.size() ? null : rows.get(within);
    }

    /** The page a row is on is in memory (for tests and for keeping selection). */
    boolean isLoaded(int index) { return pages.containsKey(index / PAGE_SIZE); }

    int cachedPages() { return pages.size(); }

    private void request(int page) {
        if (!loading.add(page)) {
            return;
        }
        answering = true;
        try {
            runner.submit(BackgroundTask.of(() -> store.page(query, page * PAGE_SIZE, PAGE_SIZE))
                    .onSuccess(rows -> loaded(page, rows))
                    .onError(Throwable.class, onError)); // a failed page stays "loading": no retry storm
        } finally {
            answering = false;
        }
    }

    private void loaded(int page, List<RegisterRow> rows) {
        loading.remove(page);
        pages.put(page, List.copyOf(rows));
        if (answering) {
            return; // loaded while get() is answering (same-thread runner): the caller reads it directly
        }
        int from = page * PAGE_SIZE;
        int to = Math.min(size, from + PAGE_SIZE);
        beginChange();
        for (int i = from; i < to; i++) {
            nextSet(i, null);
        }
        endChange();
    }
}
