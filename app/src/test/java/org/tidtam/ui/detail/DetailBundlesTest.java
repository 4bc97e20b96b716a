package org.tidtam.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.ChangeKind;
import org.tidtam.letter.LetterStatus;

class DetailBundlesTest {
    @Test
    void thaiAndEnglishHaveTheSameKeysAndEveryKindIsNamed() {
        ResourceBundle th = new Messages(Messages.THAI).bundle("detail");
        ResourceBundle en = new Messages(Locale.ENGLISH).bundle("detail");
        assertThat(th.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        for (ChangeKind k : ChangeKind.values()) {
            assertThat(th.keySet()).contains("detail.followup.kind." + k, "detail.followup.reason." + k,
                    "detail.link.in." + k, "detail.link.out." + k);
        }
        for (LetterStatus s : LetterStatus.values()) {
            assertThat(th.getString("detail.letterStatus." + s)).isEqualTo(s.thai());
        }
    }
}
