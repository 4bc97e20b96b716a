package org.tidtam.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.LetterStatus;

class SettingsBundlesTest {
    @Test
    void thaiAndEnglishHaveTheSameKeysAndEveryStatusIsNamedAsTheRegisterNamesIt() {
        ResourceBundle th = new Messages(Messages.THAI).bundle("settings");
        ResourceBundle en = new Messages(Locale.ENGLISH).bundle("settings");
        assertThat(th.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        for (LetterStatus s : LetterStatus.values()) {
            assertThat(th.getString("settings.status." + s.name())).isEqualTo(s.thai());
        }
    }
}
