package org.tidtam.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidtam.backup.BackupAge;

/** The daily backup's decision with fixed clocks: no sleeping, no files. */
class DailyBackupScheduleTest {
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    static Clock at(String localDateTime) {
        return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(BANGKOK).toInstant(), BANGKOK);
    }

    static BackupAge newest(String day, Clock clock) {
        return day.isEmpty() ? BackupAge.none()
                : BackupAge.of(LocalDate.parse(day), Path.of("tidtam-" + day + ".db"), LocalDate.now(clock));
    }

    @ParameterizedTest(name = "{0}, newest backup ''{1}'', read-only {2} → due {3}")
    @CsvSource(textBlock = """
            2025-03-20T09:00, '',         false, true
            2025-03-20T09:00, 2025-03-19, false, true
            2025-03-20T09:00, 2025-03-20, false, false
            2025-03-21T00:05, 2025-03-20, false, true
            2025-03-20T09:00, 2025-03-01, true,  false
            2025-03-20T09:00, '',         true,  false
            """)
    void firstTickOfTheDay(String now, String newestDay, boolean readOnly, boolean due) {
        Clock clock = at(now);
        assertThat(new DailyBackupSchedule().due(clock, newest(newestDay, clock), readOnly)).isEqualTo(due);
    }

    @Test
    void aFailedAttemptIsRetriedAfterAnHourNotOnEveryTick() {
        DailyBackupSchedule schedule = new DailyBackupSchedule();
        BackupAge none = BackupAge.none();
        assertThat(schedule.due(at("2025-03-20T09:00"), none, false)).isTrue();
        assertThat(schedule.due(at("2025-03-20T09:15"), none, false)).isFalse();
        assertThat(schedule.due(at("2025-03-20T09:45"), none, false)).isFalse();
        assertThat(schedule.due(at("2025-03-20T10:00"), none, false)).isTrue();
    }

    @Test
    void onceTodaysBackupExistsNothingMoreIsDueUntilTomorrow() {
        DailyBackupSchedule schedule = new DailyBackupSchedule();
        Clock morning = at("2025-03-20T09:00");
        assertThat(schedule.due(morning, newest("2025-03-19", morning), false)).isTrue();
        Clock evening = at("2025-03-20T18:00");
        assertThat(schedule.due(evening, newest("2025-03-20", evening), false)).isFalse();
        Clock tomorrow = at("2025-03-21T08:00");
        assertThat(schedule.due(tomorrow, newest("2025-03-20", tomorrow), false)).isTrue();
    }

    @Test
    void theTimerAsksEveryQuarterHour() {
        assertThat(DailyBackupSchedule.TICK).isEqualTo(java.time.Duration.ofMinutes(15));
    }
}
