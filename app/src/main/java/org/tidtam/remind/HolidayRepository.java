package org.tidtam.remind;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Where the user's changes to the holiday table are kept (the shipped table itself is a resource and
 * never changes). Backed by the {@code holidays} table of migration V2 (source='user' rows, and
 * source='shipped' rows with removed=1); {@link InMemoryHolidayRepository} serves tests and the CLI
 * without a database.
 */
public interface HolidayRepository {

    /** Days the user added, in any order. */
    List<Holiday> userHolidays();

    /** Shipped days the user removed (an office that worked on a special holiday, a wrong date). */
    Set<LocalDate> removedShippedDays();

    /** Adds or replaces the user's holiday on that day. */
    void saveUserHoliday(Holiday holiday);

    /** Deletes the user's holiday on that day; nothing happens if there is none. */
    void deleteUserHoliday(LocalDate day);

    /** Marks a shipped day removed (true) or brings it back (false). */
    void setShippedDayRemoved(LocalDate day, boolean removed);
}
