package org.tidtam.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Messages;

class UiBundlesTest {
    @Test
    void thaiAndEnglishHaveTheSameKeys() {
        ResourceBundle th = new Messages(Messages.THAI).bundle("ui");
        ResourceBundle en = new Messages(Locale.ENGLISH).bundle("ui");
        assertThat(th.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        assertThat(th.getString("ui.register.col.regNo")).isEqualTo("เลขทะเบียนรับ");
    }

    @Test
    void aThaiFontIsPickedWhenInstalled() {
        assertThat(Styles.thaiFamily(java.util.List.of("DejaVu Sans", "Loma", "Laksaman"))).isEqualTo("Laksaman");
        assertThat(Styles.thaiFamily(java.util.List.of("DejaVu Sans"))).isEqualTo("System");
    }
}
