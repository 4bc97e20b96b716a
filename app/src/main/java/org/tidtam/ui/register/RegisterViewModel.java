package org.tidtam.ui.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.tidtam.letter.Letter;
import org.tidtam.store.NameField;
import org.tidtam.store.RegisterQuery;
import org.tidtam.store.RegisterRow;
import org.tidtam.thai.ThaiDateFormat;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.Debouncer;
import org.tidtam.ui.common.UiContext;

/**
 * State of the register screen: the years to choose from, the chosen year (or all years), the search and
 * filters, and the matching rows as a paged list. Every store call runs through the task runner; results
 * land in properties on the FX thread. Typing waits for a pause before it searches, and only the newest
 * search's answer is shown: an older one still on its way is dropped.
 */
public final class RegisterViewModel {
    /** The year chooser's "all years" entry. */
    public static final int ALL_YEARS = 0;
    static final Duration TYPING_PAUSE = Duration.millis(250);
    static final int ASSIGNEES = 100;
    private final UiContext ctx;
    private final Consumer<Throwable> onError;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ObservableList<RegisterRow>> rows =
            new ReadOnlyObjectWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyLongWrapper count = new ReadOnlyLongWrapper();
    private final ObjectProperty<RegisterRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<RegisterQuery> shown = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> assignees = FXCollections.observableArrayList();
    private final FindFilters filters = new FindFilters();
    private final Debouncer typing = new Debouncer(TYPING_PAUSE, () -> reloadRows(null));
    /** The newest reload; read by the worker too, to skip a search that is already stale. */
    private final AtomicLong newest = new AtomicLong();
    private boolean loadingYears;
    private boolean resetting;

    public RegisterViewModel(UiContext ctx, Consumer<Throwable> onError) {
        this.ctx = ctx;
        this.onError = onError;
        year.set(ThaiDateFormat.yearBe(LocalDate.now(ctx.clock())));
        year.addListener((o, was, now) -> {
            if (now != null && !loadingYears) {
                reloadRows(null);
            }
        });
        filters.textProperty().addListener((o, was, now) -> textChanged(now));
        for (javafx.beans.Observable choice : filters.choices()) {
            choice.addListener(o -> {
                if (!resetting) {
                    reloadRows(null);
                }
            });
        }
    }

    public FindFilters filters() { return filters; }

    /** Units and officers already used in letters, for the assignee filter. */
    public ObservableList<String> assignees() { return assignees; }

    /** The query whose rows the table shows (null before the first load). */
    public ReadOnlyObjectProperty<RegisterQuery> shownProperty() { return shown.getReadOnlyProperty(); }

    /** A search or reload is on its way. */
    public ReadOnlyBooleanProperty searchingProperty() { return searching.getReadOnlyProperty(); }

    /** Searches now instead of after the typing pause (Enter in the search box). */
    public void searchNow() { reloadRows(null); }

    /** Clears the search text; when it is already empty, the urgency, status and assignee filters. */
    public void clearSearch() {
        if (!filters.textProperty().get().isEmpty()) {
            filters.textProperty().set("");
        } else if (filters.active()) {
            quietly(filters::clearChoices);
            reloadRows(null);
        }
    }

    /** Changes filters without each change reloading; the caller reloads once. */
    private void quietly(Runnable change) {
        resetting = true;
        try {
            change.run();
        } finally {
            resetting = false;
        }
    }

    private void textChanged(String now) {
        if (resetting) {
            return;
        }
        if (now == null || now.isBlank()) {
            reloadRows(null); // cleared: show the register again at once
        } else {
            typing.call();
        }
    }

    public ObservableList<Integer> years() { return years; }

    public ObjectProperty<Integer> yearProperty() { return year; }

    public ReadOnlyObjectProperty<ObservableList<RegisterRow>> rowsProperty() { return rows.getReadOnlyProperty(); }

    public ReadOnlyLongProperty countProperty() { return count.getReadOnlyProperty(); }

    public ObjectProperty<RegisterRow> selectedProperty() { return selected; }

    /** Reloads the year list and the chosen year's rows. */
    public void refresh() { refresh((Consumer<ObservableList<RegisterRow>>) null); }

    /** Reloads and runs {@code then} on the FX thread once the first page is in. */
    public void refresh(Runnable then) { refresh(rowsNow -> then.run()); }

    /** After a save: shows the entry's year, unfiltered, and asks the view to select the entry. */
    public void show(Letter letter, Consumer<Integer> selectIndex) {
        quietly(() -> {
            filters.textProperty().set("");
            filters.clearChoices();
        });
        year.set(letter.regNo().yearBe());
        refresh(rowsNow -> selectIndex.accept(indexOf(rowsNow, letter.id())));
    }

    /** After an edit or a cancel: reloads the same year and selects the same line again. */
    public void reloadKeeping(int index, Consumer<Integer> selectIndex) {
        reloadRows(rowsNow -> selectIndex.accept(Math.min(index, rowsNow.size() - 1)));
    }

    /**
     * The years, the assignees and the rows of the year shown, in one trip to the worker: the first page
     * does not wait for the window's thread between the two (at the start that thread is busy styling the
     * window). Should the years move the choice elsewhere, the rows load again for it.
     */
    private void refresh(Consumer<ObservableList<RegisterRow>> then) {
        typing.cancel();
        RegisterQuery asked = query();
        long ask = newest.incrementAndGet();
        searching.set(true);
        ctx.runner().submit(BackgroundTask.of(() -> new Choices(ctx.store().years(), assigneesInStore(), firstPage(asked)))
                .onSuccess(found -> {
                    setYears(found.years());
                    assignees.setAll(found.assignees());
                    if (ask == newest.get() && asked.equals(query())) {
                        showFirst(asked, found.first(), then);
                    } else {
                        reloadRows(then);
                    }
                })
                .onError(Throwable.class, e -> {
                    searching.set(false);
                    onError.accept(e);
                }));
    }

    private void setYears(List<Integer> fromStore) {
        List<Integer> all = new ArrayList<>(fromStore);
        int current = ThaiDateFormat.yearBe(LocalDate.now(ctx.clock()));
        if (!all.contains(current)) {
            all.add(current);
        }
        if (year.get() != null && !all.contains(year.get())) {
            all.add(year.get());
        }
        all.remove(Integer.valueOf(ALL_YEARS));
        all.sort(java.util.Comparator.reverseOrder());
        all.add(ALL_YEARS);
        Integer chosen = year.get() != null ? year.get() : current;
        loadingYears = true;
        try {
            years.setAll(all); // a combo box bound to the year may clear it while its items are replaced
            year.set(chosen);
        } finally {
            loadingYears = false;
        }
    }

    private record Choices(List<Integer> years, List<String> assignees, FirstPage first) { }

    /** Runs on the worker: units first, then officers, each most used first. */
    private List<String> assigneesInStore() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(
                ctx.store().suggestions(NameField.UNIT, "", ASSIGNEES));
        all.addAll(ctx.store().suggestions(NameField.OFFICER, "", ASSIGNEES));
        return List.copyOf(all);
    }

    /** The query the table shows now: the chosen year (none for all years) and the filters. */
    RegisterQuery query() {
        Integer y = year.get();
        return filters.query(y == null || y == ALL_YEARS ? null : y);
    }

    private void reloadRows(Consumer<ObservableList<RegisterRow>> then) {
        typing.cancel();
        RegisterQuery query = query();
        long ask = newest.incrementAndGet();
        searching.set(true);
        ctx.runner().submit(BackgroundTask.of(() -> ask == newest.get() ? firstPage(query) : null)
                .onSuccess(first -> {
                    if (first != null && ask == newest.get()) { // else a newer search was asked for: its answer will come
                        showFirst(query, first, then);
                    }
                })
                .onError(Throwable.class, e -> {
                    searching.set(false);
                    onError.accept(e);
                }));
    }

    private void showFirst(RegisterQuery query, FirstPage first, Consumer<ObservableList<RegisterRow>> then) {
        org.tidtam.ui.StartMarks.mark("first page in");
        searching.set(false);
        count.set(first.count());
        shown.set(query);
        rows.set(new PagedRowList(ctx.store(), query, Math.min(first.count(), SEARCH_CAP), first.rows(),
                ctx.runner(), onError));
        if (then != null) {
            then.accept(rows.get());
        }
    }

    /** How many search results the table lists at most. */
    static final long SEARCH_CAP = 1000;

    private record FirstPage(long count, List<RegisterRow> rows) { }

    /**
     * Runs on the worker: the count and the first page together, so the table paints at once. A text search
     * counts no further than {@link #SEARCH_CAP} (SEARCH_CAP + 1 means "more"): an exact count of a common
     * word reads every hit of a large register, and nobody pages through a thousand results.
     */
    private FirstPage firstPage(RegisterQuery query) {
        boolean text = query.text() != null && !query.text().isBlank();
        long n = text ? ctx.store().countAtMost(query, SEARCH_CAP) : ctx.store().count(query);
        return new FirstPage(n, n == 0 ? List.of() : ctx.store().page(query, 0, PagedRowList.PAGE_SIZE));
    }

    /** The newest entries come first, so a fresh save is near the top: look through the first page only. */
    private static int indexOf(ObservableList<RegisterRow> list, long id) {
        int limit = Math.min(list.size(), PagedRowList.PAGE_SIZE);
        for (int i = 0; i < limit; i++) {
            RegisterRow row = list.get(i);
            if (row != null && row.id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** Looks up why an entry was cancelled, for the row's tooltip. */
    public void cancelReason(long id, Consumer<String> then) {
        ctx.runner().submit(BackgroundTask.of(() -> ctx.store().get(id))
                .onSuccess(letter -> letter.filter(Letter::isCancelled).ifPresent(l -> then.accept(
                        ctx.text("ui.register.cancelledBecause", l.cancellation().reason(), l.cancellation().by(),
                                ThaiDateFormat.shortDate(l.cancellation().at().toLocalDate(), ctx.messages())))))
                .onError(Throwable.class, onError));
    }
}
