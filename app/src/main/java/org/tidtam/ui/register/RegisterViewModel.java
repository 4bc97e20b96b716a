package org.tidtam.ui.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tidtam.letter.Letter;
import org.tidtam.store.RegisterQuery;
import org.tidtam.store.RegisterRow;
import org.tidtam.thai.ThaiDateFormat;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.UiContext;

/**
 * State of the register screen: the years to choose from, the chosen year, and its rows as a paged list.
 * Every store call runs through the task runner; results land in properties on the FX thread.
 */
public final class RegisterViewModel {
    private final UiContext ctx;
    private final Consumer<Throwable> onError;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ObservableList<RegisterRow>> rows =
            new ReadOnlyObjectWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyLongWrapper count = new ReadOnlyLongWrapper();
    private final ObjectProperty<RegisterRow> selected = new SimpleObjectProperty<>();
    private boolean loadingYears;

    public RegisterViewModel(UiContext ctx, Consumer<Throwable> onError) {
        this.ctx = ctx;
        this.onError = onError;
        year.set(ThaiDateFormat.yearBe(LocalDate.now(ctx.clock())));
        year.addListener((o, was, now) -> {
            if (now != null && !loadingYears) {
                reloadRows(null);
            }
        });
    }

    public ObservableList<Integer> years() { return years; }

    public ObjectProperty<Integer> yearProperty() { return year; }

    public ReadOnlyObjectProperty<ObservableList<RegisterRow>> rowsProperty() { return rows.getReadOnlyProperty(); }

    public ReadOnlyLongProperty countProperty() { return count.getReadOnlyProperty(); }

    public ObjectProperty<RegisterRow> selectedProperty() { return selected; }

    /** Reloads the year list and the chosen year's rows. */
    public void refresh() { refresh(null); }

    /** After a save: shows the entry's year and asks the view to select the entry. */
    public void show(Letter letter, Consumer<Integer> selectIndex) {
        year.set(letter.regNo().yearBe());
        refresh(rowsNow -> selectIndex.accept(indexOf(rowsNow, letter.id())));
    }

    /** After an edit or a cancel: reloads the same year and selects the same line again. */
    public void reloadKeeping(int index, Consumer<Integer> selectIndex) {
        reloadRows(rowsNow -> selectIndex.accept(Math.min(index, rowsNow.size() - 1)));
    }

    private void refresh(Consumer<ObservableList<RegisterRow>> then) {
        ctx.runner().submit(BackgroundTask.of(() -> ctx.store().years())
                .onSuccess(list -> {
                    setYears(list);
                    reloadRows(then);
                })
                .onError(Throwable.class, onError));
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
        all.sort(java.util.Comparator.reverseOrder());
        Integer chosen = year.get() != null ? year.get() : current;
        loadingYears = true;
        try {
            years.setAll(all); // a combo box bound to the year may clear it while its items are replaced
            year.set(chosen);
        } finally {
            loadingYears = false;
        }
    }

    private void reloadRows(Consumer<ObservableList<RegisterRow>> then) {
        RegisterQuery query = RegisterQuery.year(year.get());
        ctx.runner().submit(BackgroundTask.of(() -> firstPage(query))
                .onSuccess(first -> {
                    count.set(first.count());
                    rows.set(new PagedRowList(ctx.store(), query, first.count(), first.rows(), ctx.runner(), onError));
                    if (then != null) {
                        then.accept(rows.get());
                    }
                })
                .onError(Throwable.class, onError));
    }

    private record FirstPage(long count, List<RegisterRow> rows) { }

    /** Runs on the worker: the count and the first page together, so the table paints at once. */
    private FirstPage firstPage(RegisterQuery query) {
        long n = ctx.store().count(query);
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
                                ThaiDateFormat.shortDate(l.cancellation().at().toLocalDate())))))
                .onError(Throwable.class, onError));
    }
}
