package org.tidtam.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The picker's hint is written in the window's language; both ask for a Buddhist-era year. */
class ThaiDatePickersPromptTest {
    @Test
    void thaiWindowAsksInThaiAndTheEnglishWindowInEnglish() {
        assertThat(ThaiDatePickers.prompt(Locale.forLanguageTag("th-TH"))).isEqualTo("วว/ดด/ปปปป");
        assertThat(ThaiDatePickers.prompt(Locale.ENGLISH)).isEqualTo("dd/mm/yyyy (B.E.)");
    }
}
