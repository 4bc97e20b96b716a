package org.tidtam.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;
import org.tidtam.i18n.Messages;

/**
 * The days a month sheet shows: six weeks of seven days from the Sunday on or before the 1st, the way Thai
 * government calendars (ปฏิทินราชการ) and the th-TH locale lay out a week (อา. first, ส. last), so both
 * weekend days sit at the sheet's edges. Six rows always, so the sheet does not jump in height between months.
 */
final class MonthGrid {
    static final DayOfWeek FIRST_DAY = DayOfWeek.SUNDAY;
    static final int DAYS = 42;
    private static final int BUDDHIST_ERA_OFFSET = 543;

    private MonthGrid() { }

    static LocalDate firstCell(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.previousOrSame(FIRST_DAY));
    }

    static LocalDate lastCell(YearMonth month) { return firstCell(month).plusDays(DAYS - 1); }

    static List<LocalDate> days(YearMonth month) {
        return Stream.iterate(firstCell(month), d -> d.plusDays(1)).limit(DAYS).toList();
    }

    /** The weekday heads in sheet order. */
    static List<DayOfWeek> weekdays() {
        return Stream.iterate(FIRST_DAY, d -> d.plus(1)).limit(7).toList();
    }

    /** "มกราคม 2569" in Thai; "January 2026 (B.E. 2569)" in English. */
    static String header(YearMonth month, Messages m) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, m.isThai() ? Messages.THAI : m.locale());
        return m.get("calendar.header", name, String.valueOf(month.getYear() + BUDDHIST_ERA_OFFSET),
                String.valueOf(month.getYear()));
    }

    /** "วันอังคารที่ 20 มกราคม 2569". */
    static String dayTitle(LocalDate day, Messages m) {
        if (!m.isThai()) {
            return day.getDayOfWeek().getDisplayName(TextStyle.FULL, m.locale()) + " " + day;
        }
        return "วัน" + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Messages.THAI).replaceFirst("^วัน", "")
                + "ที่ " + day.getDayOfMonth() + " " + header(YearMonth.from(day), m);
    }
}
