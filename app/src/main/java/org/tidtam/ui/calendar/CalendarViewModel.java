package org.tidtam.ui.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tidtam.remind.HolidayCalendar;
import org.tidtam.store.DeadlineStore;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.TaskRunner;

/**
 * The month sheet's state: the month shown, the selected day (always inside the month shown: moving the
 * selection past the month's edge turns the page) and the month's deadlines and holidays, loaded through
 * the task runner. A load that finishes after the clerk turned the page again is dropped.
 */
public final class CalendarViewModel {
    private final DeadlineStore store;
    private final HolidayCalendar holidays;
    private final TaskRunner runner;
    private final Clock clock;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<MonthData> data = new SimpleObjectProperty<>();

    public CalendarViewModel(DeadlineStore store, HolidayCalendar holidays, TaskRunner runner, Clock clock,
                             Consumer<Throwable> onError) {
        this.store = store;
        this.holidays = holidays;
        this.runner = runner;
        this.clock = clock;
        this.onError = onError;
        LocalDate today = today();
        month.set(YearMonth.from(today));
        selected.set(today);
        data.set(MonthData.empty(month.get()));
    }

    public ReadOnlyObjectProperty<YearMonth> monthProperty() { return month; }

    public ReadOnlyObjectProperty<LocalDate> selectedProperty() { return selected; }

    ReadOnlyObjectProperty<MonthData> dataProperty() { return data; }

    public LocalDate today() { return LocalDate.now(clock); }

    /** Reloads the month shown (after an import, a save, or when the tab is opened). */
    public void refresh() {
        YearMonth wanted = month.get();
        runner.submit(BackgroundTask.of(() -> MonthData.load(store, holidays, wanted))
                .onSuccess(loaded -> {
                    if (loaded.month().equals(month.get())) {
                        data.set(loaded);
                    }
                })
                .onError(Throwable.class, onError));
    }

    public void nextMonth() { turn(1); }

    public void previousMonth() { turn(-1); }

    /** Back to this month with today selected. */
    public void goToday() { select(today()); }

    /** Moves the selection by days (arrows: ±1, ±7), turning the page when it leaves the month. */
    public void move(int days) { select(selected.get().plusDays(days)); }

    public void select(LocalDate day) {
        selected.set(day);
        YearMonth of = YearMonth.from(day);
        if (!of.equals(month.get())) {
            month.set(of);
            data.set(MonthData.empty(of));
            refresh();
        }
    }

    /** Same day of the month in the next or previous month (the 31st becomes the month's last day). */
    private void turn(int months) {
        YearMonth target = month.get().plusMonths(months);
        select(target.atDay(Math.min(selected.get().getDayOfMonth(), target.lengthOfMonth())));
    }
}
