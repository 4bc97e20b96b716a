package org.tidtam.ui.settings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tidtam.i18n.TidtamException;
import org.tidtam.remind.Holiday;
import org.tidtam.remind.HolidayCalendar;
import org.tidtam.remind.HolidayKind;

/**
 * The holiday table of one year as the clerk edits it: the calendar in force (shipped days plus the
 * office's changes) with this window's additions and removals on top, applied to the calendar only when
 * the settings are saved. Relative due days follow the calendar as soon as it changes.
 */
final class HolidayModel {
    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    final ObservableList<Integer> years = FXCollections.observableArrayList();
    final ObservableList<Holiday> shown = FXCollections.observableArrayList();
    private final HolidayCalendar calendar;
    private final Map<LocalDate, Holiday> added = new TreeMap<>();
    private final Set<LocalDate> removed = new HashSet<>();

    HolidayModel(HolidayCalendar calendar, LocalDate today) {
        this.calendar = calendar;
        TreeSet<Integer> covered = new TreeSet<>(calendar.coveredYears());
        covered.add(today.getYear());
        covered.add(today.getYear() + 1);
        years.setAll(covered);
        year.addListener((o, a, b) -> refresh());
        year.set(today.getYear());
    }

    boolean isDirty() { return !added.isEmpty() || !removed.isEmpty(); }

    /** A day the cabinet declared a holiday (วันหยุดพิเศษ); replaces the name of a day already off. */
    void add(LocalDate day, String name) {
        if (day == null) {
            throw new TidtamException("remind.holidays.dayRequired");
        }
        if (name == null || name.isBlank()) {
            throw new TidtamException("remind.holidays.nameRequired", day);
        }
        added.put(day, Holiday.userDay(day, name, HolidayKind.SPECIAL));
        if (!years.contains(day.getYear())) {
            years.add(day.getYear());
            FXCollections.sort(years);
        }
        year.set(day.getYear());
        refresh();
    }

    /** Makes the day a working day again. */
    void remove(Holiday h) {
        if (added.remove(h.day()) == null || calendar.isHoliday(h.day())) {
            removed.add(h.day());
        }
        refresh();
    }

    /** Writes the changes to the calendar (removals first, so a day removed and added again is added). */
    Runnable changes() {
        List<LocalDate> gone = new ArrayList<>(removed);
        List<Holiday> put = new ArrayList<>(added.values());
        return () -> {
            gone.forEach(calendar::remove);
            put.forEach(h -> calendar.add(h.day(), h.nameTh(), h.kind()));
        };
    }

    private void refresh() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        TreeMap<LocalDate, Holiday> days = new TreeMap<>();
        calendar.year(y).stream().filter(h -> !removed.contains(h.day())).forEach(h -> days.put(h.day(), h));
        added.values().stream().filter(h -> h.day().getYear() == y).forEach(h -> days.put(h.day(), h));
        shown.setAll(days.values());
    }
}
