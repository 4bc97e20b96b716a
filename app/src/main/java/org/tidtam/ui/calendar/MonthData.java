package org.tidtam.ui.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.remind.Holiday;
import org.tidtam.remind.HolidayCalendar;
import org.tidtam.store.DeadlineQuery;
import org.tidtam.store.DeadlineStore;

/**
 * What one month sheet shows, loaded off the FX thread: the open deadlines and meetings on each of the
 * sheet's 42 days and the holidays among them. A meeting or period of up to a week shows on each of its
 * days; a longer one on its first and last day only, so a three-month period does not fill every cell.
 */
record MonthData(YearMonth month, Map<LocalDate, List<DeadlineEntry>> byDay, Map<LocalDate, Holiday> holidays) {
    static final int LONGEST_SHOWN_DAILY = 7;
    /** How far before the sheet a multi-day event may start and still reach into it. */
    private static final int LOOK_BACK_DAYS = 92;
    private static final Comparator<DeadlineEntry> IN_DAY = Comparator
            .comparing((DeadlineEntry e) -> e.deadline().time(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(e -> -e.letter().urgency().ordinal())
            .thenComparing(e -> e.deadline().id(), Comparator.nullsLast(Comparator.naturalOrder()));

    MonthData {
        byDay = Map.copyOf(byDay);
        holidays = Map.copyOf(holidays);
    }

    static MonthData empty(YearMonth month) { return new MonthData(month, Map.of(), Map.of()); }

    static MonthData load(DeadlineStore store, HolidayCalendar holidays, YearMonth month) {
        LocalDate first = MonthGrid.firstCell(month);
        LocalDate last = MonthGrid.lastCell(month);
        List<DeadlineEntry> open = store.list(new DeadlineQuery(first.minusDays(LOOK_BACK_DAYS), last,
                Set.of(DeadlineStatus.OPEN), null, null, null));
        Map<LocalDate, Holiday> days = holidays.between(first, last).stream()
                .collect(Collectors.toMap(Holiday::day, Function.identity()));
        return new MonthData(month, place(open, first, last), days);
    }

    /** Each entry on the sheet days it covers, in time order within a day (all-day items first). */
    static Map<LocalDate, List<DeadlineEntry>> place(List<DeadlineEntry> entries, LocalDate first, LocalDate last) {
        Map<LocalDate, List<DeadlineEntry>> byDay = new TreeMap<>();
        for (DeadlineEntry e : entries) {
            for (LocalDate day : shownDays(e)) {
                if (!day.isBefore(first) && !day.isAfter(last)) {
                    byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(e);
                }
            }
        }
        byDay.values().forEach(list -> list.sort(IN_DAY));
        byDay.replaceAll((d, list) -> List.copyOf(list));
        return byDay;
    }

    private static List<LocalDate> shownDays(DeadlineEntry e) {
        LocalDate due = e.deadline().due();
        LocalDate end = e.lastDay();
        if (due == null) {
            return List.of();
        }
        long span = ChronoUnit.DAYS.between(due, end);
        if (span >= LONGEST_SHOWN_DAILY) {
            return List.of(due, end);
        }
        return due.datesUntil(end.plusDays(1)).toList();
    }

    List<DeadlineEntry> on(LocalDate day) { return byDay.getOrDefault(day, List.of()); }
}
