package org.tidtam.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Urgency;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.remind.LetterRef;

class MonthDataTest {
    private static final LocalDate FIRST = LocalDate.of(2025, 11, 30);
    private static final LocalDate LAST = FIRST.plusDays(41);

    @Test
    void aShortMeetingShowsOnEachDayAndALongPeriodOnItsFirstAndLastDayOnly() {
        DeadlineEntry meeting = entry(1, DeadlineKind.MEETING, "2025-12-15", "2025-12-17", null, Urgency.NORMAL);
        DeadlineEntry period = entry(2, DeadlineKind.PERIOD, "2025-10-01", "2025-12-31", null, Urgency.NORMAL);

        var byDay = MonthData.place(List.of(meeting, period), FIRST, LAST);

        assertThat(byDay.keySet()).containsExactly(LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 16),
                LocalDate.of(2025, 12, 17), LocalDate.of(2025, 12, 31));
        assertThat(byDay.get(LocalDate.of(2025, 12, 31))).containsExactly(period);
    }

    @Test
    void withinADayAllDayItemsComeFirstThenByTimeThenMostUrgent() {
        DeadlineEntry late = entry(1, DeadlineKind.MEETING, "2025-12-20", null, LocalTime.of(13, 30), Urgency.NORMAL);
        DeadlineEntry early = entry(2, DeadlineKind.MEETING, "2025-12-20", null, LocalTime.of(9, 0), Urgency.NORMAL);
        DeadlineEntry plain = entry(3, DeadlineKind.REPORT, "2025-12-20", null, null, Urgency.NORMAL);
        DeadlineEntry urgent = entry(4, DeadlineKind.REPORT, "2025-12-20", null, null, Urgency.MOST_URGENT);

        var byDay = MonthData.place(List.of(late, early, plain, urgent), FIRST, LAST);

        assertThat(byDay.get(LocalDate.of(2025, 12, 20))).containsExactly(urgent, plain, early, late);
    }

    @Test
    void daysOutsideTheSheetAreLeftOut() {
        DeadlineEntry before = entry(1, DeadlineKind.REPORT, "2025-11-29", null, null, Urgency.NORMAL);
        DeadlineEntry after = entry(2, DeadlineKind.REPORT, LAST.plusDays(1).toString(), null, null, Urgency.NORMAL);
        assertThat(MonthData.place(List.of(before, after), FIRST, LAST)).isEmpty();
    }

    static DeadlineEntry entry(long id, DeadlineKind kind, String due, String end, LocalTime time, Urgency urgency) {
        Deadline d = new Deadline(id, kind, LocalDate.parse(due), end == null ? null : LocalDate.parse(end), time,
                null, "", "", null, 1.0, DeadlineStatus.OPEN, null, null, null);
        LetterRef letter = new LetterRef(100 + id, new RegistrationNumber(2568, (int) id), "ขก 0017/ว " + id,
                "จังหวัดขอนแก่น", "เรื่อง " + id, null, urgency, LocalDateTime.of(2025, 12, 1, 9, 0), "", "");
        return new DeadlineEntry(d, letter);
    }
}
