package org.tidtam.remind;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Keeps the user's holiday changes in memory: for tests and for runs without a database. */
public final class InMemoryHolidayRepository implements HolidayRepository {
    private final Map<LocalDate, Holiday> added = new TreeMap<>();
    private final Set<LocalDate> removed = new HashSet<>();

    @Override
    public synchronized List<Holiday> userHolidays() { return List.copyOf(added.values()); }

    @Override
    public synchronized Set<LocalDate> removedShippedDays() { return Set.copyOf(removed); }

    @Override
    public synchronized void saveUserHoliday(Holiday holiday) { added.put(holiday.day(), holiday); }

    @Override
    public synchronized void deleteUserHoliday(LocalDate day) { added.remove(day); }

    @Override
    public synchronized void setShippedDayRemoved(LocalDate day, boolean isRemoved) {
        if (isRemoved) {
            removed.add(day);
        } else {
            removed.remove(day);
        }
    }
}
