package org.tidtam.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Messages;

class IntakeMessagesTest {

    @Test
    void everyIntakeKeyIsInBothLanguages() {
        ResourceBundle english = Messages.english().bundle("intake");
        ResourceBundle thai = Messages.thai().bundle("intake");

        assertThat(Collections.list(thai.getKeys())).containsExactlyInAnyOrderElementsOf(
                Collections.list(english.getKeys()));
        for (String key : Collections.list(thai.getKeys())) {
            assertThat(thai.getString(key)).as(key).matches("(?s).*[ก-๙].*").contains("{0}");
        }
    }
}
