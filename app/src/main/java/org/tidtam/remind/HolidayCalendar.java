package org.tidtam.remind;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tidtam.i18n.TidtamException;

/**
 * The holidays in force: the shipped table, plus the days the user added, minus the shipped days the
 * user removed. Reads are lock-free on an immutable snapshot; every change rebuilds the snapshot, bumps
 * {@link #revision()} and tells the listeners, so relative due days can be recomputed
 * (see {@link DueDateResolver}).
 */
public final class HolidayCalendar {
    private final Map<LocalDate, Holiday> shipped;
    private final HolidayRepository repository;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile NavigableMap<LocalDate, Holiday> merged;
    private volatile long revision;

    public HolidayCalendar(Collection<Holiday> shippedDays, HolidayRepository repository) {
        this.shipped = shippedDays.stream()
                .collect(Collectors.toUnmodifiableMap(Holiday::day, Function.identity(), (a, b) -> a));
        this.repository = repository;
        rebuild();
    }

    /** The shipped Thai table with the user's changes from the repository. */
    public static HolidayCalendar withShippedTable(HolidayRepository repository) {
        return new HolidayCalendar(HolidayCsv.shipped(), repository);
    }

    /** Exactly these days, nothing persisted: for tests and examples. */
    public static HolidayCalendar of(Collection<Holiday> days) {
        return new HolidayCalendar(days, new InMemoryHolidayRepository());
    }

    public boolean isHoliday(LocalDate day) { return merged.containsKey(day); }

    public Optional<Holiday> holiday(LocalDate day) { return Optional.ofNullable(merged.get(day)); }

    /** Holidays from {@code from} to {@code to}, both included, in date order. */
    public List<Holiday> between(LocalDate from, LocalDate to) {
        return List.copyOf(merged.subMap(from, true, to, true).values());
    }

    public List<Holiday> year(int yearCe) {
        return between(LocalDate.of(yearCe, 1, 1), LocalDate.of(yearCe, 12, 31));
    }

    /** Calendar years (ค.ศ.) the table has any holiday in; outside them only weekends are skipped. */
    public SortedSet<Integer> coveredYears() {
        return merged.keySet().stream().map(LocalDate::getYear).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether the table knows the holidays of that day's year, so a count through it can be trusted. */
    public boolean covers(LocalDate day) { return coveredYears().contains(day.getYear()); }

    /** Shipped days the user removed, in date order. */
    public List<Holiday> removedShippedDays() {
        return repository.removedShippedDays().stream().sorted().map(shipped::get)
                .filter(java.util.Objects::nonNull).collect(Collectors.toList());
    }

    /** Adds (or renames) a holiday the user declares, e.g. a cabinet special holiday. */
    public Holiday add(LocalDate day, String nameTh, HolidayKind kind) {
        if (day == null) {
            throw new TidtamException("remind.holidays.dayRequired");
        }
        if (nameTh == null || nameTh.isBlank()) {
            throw new TidtamException("remind.holidays.nameRequired", day);
        }
        Holiday holiday = Holiday.userDay(day, nameTh, kind);
        repository.saveUserHoliday(holiday);
        if (shipped.containsKey(day)) {
            repository.setShippedDayRemoved(day, false);
        }
        changed();
        return holiday;
    }

    /** Makes the day a working day again; false if it was not a holiday. */
    public boolean remove(LocalDate day) {
        if (!isHoliday(day)) {
            return false;
        }
        repository.deleteUserHoliday(day);
        if (shipped.containsKey(day)) {
            repository.setShippedDayRemoved(day, true);
        }
        changed();
        return true;
    }

    /** Brings back a shipped day the user removed; false if there was nothing to restore. */
    public boolean restore(LocalDate day) {
        if (!shipped.containsKey(day) || !repository.removedShippedDays().contains(day)) {
            return false;
        }
        repository.setShippedDayRemoved(day, false);
        changed();
        return true;
    }

    /** Counts changes since start; a due day computed at an older revision may be stale. */
    public long revision() { return revision; }

    /** Runs after every change, on the thread that made it. */
    public void addChangeListener(Runnable listener) { listeners.add(listener); }

    private void changed() {
        rebuild();
        listeners.forEach(Runnable::run);
    }

    private synchronized void rebuild() {
        TreeMap<LocalDate, Holiday> map = new TreeMap<>(shipped);
        repository.removedShippedDays().forEach(map::remove);
        repository.userHolidays().forEach(h -> map.put(h.day(), h));
        merged = java.util.Collections.unmodifiableNavigableMap(map);
        revision++;
    }
}
