package org.tidtam.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;

class LetterValidatorTest {
    static LetterDraft draft(String sender, String subject, LocalDate date, LocalDateTime received) {
        return new LetterDraft("มท 0322/ว 55878", date, sender, "ผู้ว่าราชการจังหวัด", subject, null, null, received,
                null, null, null, null, null, List.of(), null, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            complete                 | กรมการปกครอง | แจ้งเวียน | 2024-12-25 | 2024-12-27T09:00 | ''                        | ''
            no sender                | ''           | แจ้งเวียน | 2024-12-25 | 2024-12-27T09:00 | register.sender.missing   | ''
            no subject               | กรมการปกครอง | '  '      | 2024-12-25 | 2024-12-27T09:00 | register.subject.missing  | ''
            letter date 2399 BE      | กรมการปกครอง | แจ้งเวียน | 1856-12-31 | 2024-12-27T09:00 | errors.date.yearRange     | ''
            letter date 2400 BE      | กรมการปกครอง | แจ้งเวียน | 1857-01-01 | 2024-12-27T09:00 | ''                        | ''
            received 2701 BE         | กรมการปกครอง | แจ้งเวียน | 2024-12-25 | 2158-01-01T09:00 | errors.date.yearRange     | ''
            received before its date | กรมการปกครอง | แจ้งเวียน | 2024-12-25 | 2024-12-24T16:00 | ''                        | register.received.beforeDate
            received the same day    | กรมการปกครอง | แจ้งเวียน | 2024-12-25 | 2024-12-25T08:00 | ''                        | ''
            """)
    void findsErrorsAndWarnings(String name, String sender, String subject, String date, String received,
                                String error, String warning) {
        Validation v = LetterValidator.validate(draft(sender, subject, LocalDate.parse(date),
                LocalDateTime.parse(received)));
        assertThat(v.errors()).extracting(Validation.Problem::key).containsExactlyElementsOf(keys(error));
        assertThat(v.warnings()).extracting(Validation.Problem::key).containsExactlyElementsOf(keys(warning));
        assertThat(v.ok()).isEqualTo(error.isEmpty());
    }

    @Test
    void theFirstErrorIsThrownWithAThaiMessage() {
        Validation v = LetterValidator.validate(draft("", "", null, LocalDateTime.of(2025, 1, 1, 9, 0)));
        assertThat(v.errors()).hasSize(2);
        assertThatThrownBy(v::orThrow).isInstanceOfSatisfying(TidtamException.class,
                e -> assertThat(Messages.thai().of(e)).isEqualTo("ยังไม่ได้ระบุผู้ส่ง (จาก)"));
    }

    @Test
    void aWarningQuotesBothDates() {
        Validation v = LetterValidator.validate(draft("ก", "ข", LocalDate.of(2024, 12, 25),
                LocalDateTime.of(2024, 12, 20, 9, 0)));
        assertThat(Messages.thai().of(v.warnings().get(0).toException()))
                .isEqualTo("คำเตือน: วันที่รับ 2024-12-20 อยู่ก่อนวันที่ของหนังสือ 2024-12-25 โปรดตรวจสอบวันที่");
    }

    private static List<String> keys(String key) { return key.isEmpty() ? List.of() : List.of(key); }
}
