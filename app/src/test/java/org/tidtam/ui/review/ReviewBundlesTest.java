package org.tidtam.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.DeadlineKind;

class ReviewBundlesTest {
    @Test
    void thaiAndEnglishHaveTheSameKeysAndEveryKindIsNamed() {
        ResourceBundle th = new Messages(Messages.THAI).bundle("review");
        ResourceBundle en = new Messages(Locale.ENGLISH).bundle("review");
        assertThat(th.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        for (DeadlineKind k : DeadlineKind.values()) {
            assertThat(th.getString("review.kind." + k.name())).isEqualTo(k.thai());
        }
    }
}
