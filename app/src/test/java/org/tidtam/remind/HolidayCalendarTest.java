package org.tidtam.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidtam.i18n.TidtamException;

class HolidayCalendarTest {
    private final InMemoryHolidayRepository repository = new InMemoryHolidayRepository();
    private final HolidayCalendar calendar = HolidayCalendar.withShippedTable(repository);

    @Test
    void shipsFourYearsOfGovernmentHolidays() {
        assertThat(calendar.coveredYears()).containsExactly(2024, 2025, 2026, 2027);
        assertThat(HolidayCsv.shipped()).hasSize(96)
                .allSatisfy(h -> assertThat(h.source()).isEqualTo(Holiday.Source.SHIPPED));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            2024-02-24, วันมาฆบูชา,                  LUNAR
            2024-05-22, วันวิสาขบูชา,                LUNAR
            2024-07-20, วันอาสาฬหบูชา,               LUNAR
            2024-07-21, วันเข้าพรรษา,                 LUNAR
            2025-02-12, วันมาฆบูชา,                  LUNAR
            2025-05-11, วันวิสาขบูชา,                LUNAR
            2025-07-10, วันอาสาฬหบูชา,               LUNAR
            2025-07-11, วันเข้าพรรษา,                 LUNAR
            2026-03-03, วันมาฆบูชา,                  LUNAR
            2026-05-31, วันวิสาขบูชา,                LUNAR
            2026-07-29, วันอาสาฬหบูชา,               LUNAR
            2027-05-20, วันวิสาขบูชา,                LUNAR
            2024-04-16, วันหยุดชดเชยวันสงกรานต์,      SUBSTITUTION
            2025-04-16, วันหยุดชดเชยวันสงกรานต์,      SUBSTITUTION
            2025-05-12, วันหยุดชดเชยวันวิสาขบูชา,     SUBSTITUTION
            2026-12-07, วันหยุดชดเชยวันคล้ายวันพระบรมราชสมภพ รัชกาลที่ ๙, SUBSTITUTION
            2024-12-30, วันหยุดราชการเพิ่มเป็นกรณีพิเศษ, SPECIAL
            2026-01-02, วันหยุดราชการเพิ่มเป็นกรณีพิเศษ, SPECIAL
            2025-05-09, วันพืชมงคล,                  GOVERNMENT
            2025-04-06, วันจักรี,                      PUBLIC
            2025-06-03, วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี, PUBLIC
            """, ignoreLeadingAndTrailingWhitespace = true)
    void knowsTheDays(LocalDate day, String nameTh, HolidayKind kind) {
        assertThat(calendar.holiday(day)).hasValueSatisfying(h -> {
            assertThat(h.nameTh()).isEqualTo(nameTh);
            assertThat(h.kind()).isEqualTo(kind);
        });
    }

    @Test
    void everySubstitutionAndSpecialDayIsAWeekdayAndEveryWeekendHolidayIsMadeUp() {
        List<Holiday> all = HolidayCsv.shipped();
        assertThat(all).filteredOn(h -> h.kind() != HolidayKind.PUBLIC && h.kind() != HolidayKind.LUNAR)
                .allSatisfy(h -> assertThat(h.day().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        // one substitution day per weekend that swallows a holiday, even a weekend that swallows two
        long weekendsWithAHoliday = all.stream().filter(h -> weekend(h.day()))
                .map(h -> h.day().with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)))
                .distinct().count();
        long substitutions = all.stream().filter(h -> h.kind() == HolidayKind.SUBSTITUTION).count();
        assertThat(substitutions).isEqualTo(weekendsWithAHoliday).isEqualTo(17);
    }

    @Test
    void aUserAddedCabinetDayBecomesAHolidayAndTellsTheListeners() {
        AtomicInteger calls = new AtomicInteger();
        calendar.addChangeListener(calls::incrementAndGet);
        long before = calendar.revision();
        LocalDate day = LocalDate.of(2026, 4, 17);

        calendar.add(day, "วันหยุดราชการเพิ่มเป็นกรณีพิเศษ", HolidayKind.SPECIAL);

        assertThat(calendar.isHoliday(day)).isTrue();
        assertThat(repository.userHolidays()).extracting(Holiday::day).containsExactly(day);
        assertThat(calendar.revision()).isGreaterThan(before);
        assertThat(calls).hasValue(1);
    }

    @Test
    void removingAShippedDayIsRememberedAndCanBeUndone() {
        LocalDate day = LocalDate.of(2024, 12, 30);

        assertThat(calendar.remove(day)).isTrue();
        assertThat(calendar.isHoliday(day)).isFalse();
        assertThat(HolidayCalendar.withShippedTable(repository).isHoliday(day)).isFalse();
        assertThat(calendar.removedShippedDays()).extracting(Holiday::day).containsExactly(day);

        assertThat(calendar.restore(day)).isTrue();
        assertThat(calendar.isHoliday(day)).isTrue();
        assertThat(calendar.remove(LocalDate.of(2024, 12, 27))).isFalse();
    }

    @Test
    void aHolidayWithoutANameIsRefusedAndNothingChanges() {
        LocalDate day = LocalDate.of(2026, 4, 17);
        assertThatThrownBy(() -> calendar.add(day, "  ", HolidayKind.SPECIAL))
                .isInstanceOfSatisfying(TidtamException.class, e -> {
                    assertThat(e.key()).isEqualTo("remind.holidays.nameRequired");
                    assertThat(e.getMessage()).contains("2026-04-17");
                });
        assertThat(calendar.isHoliday(day)).isFalse();
        assertThat(repository.userHolidays()).isEmpty();
    }

    @Test
    void importsACabinetAnnouncementInTheShippedFormat() throws Exception {
        String csv = "date,name_th,name_en,kind\n2028-01-03,วันหยุดชดเชยวันขึ้นปีใหม่,,SUBSTITUTION\n";
        List<Holiday> read = HolidayCsv.read(new StringReader(csv), Holiday.Source.USER);
        assertThat(read).singleElement().satisfies(h -> {
            assertThat(h.day()).isEqualTo(LocalDate.of(2028, 1, 3));
            assertThat(h.kind()).isEqualTo(HolidayKind.SUBSTITUTION);
            assertThat(h.nameEn()).isEmpty();
        });
    }

    @Test
    void aBadRowIsQuotedWithItsLineAndNothingIsRead() {
        String csv = "date,name_th,name_en,kind\n2028-01-03,ก,,SPECIAL\n2028-02-30,วันผิด,,SPECIAL\n";
        assertThatThrownBy(() -> HolidayCsv.read(new StringReader(csv), Holiday.Source.USER))
                .isInstanceOfSatisfying(TidtamException.class, e -> {
                    assertThat(e.key()).isEqualTo("remind.holidays.badRow");
                    assertThat(e.getMessage()).contains("Line 3").contains("2028-02-30");
                });
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
