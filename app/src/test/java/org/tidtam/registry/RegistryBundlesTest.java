package org.tidtam.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Messages;

class RegistryBundlesTest {
    @Test
    void thaiAndEnglishHaveTheSameKeys() {
        ResourceBundle th = Messages.thai().bundle("registry");
        ResourceBundle en = Messages.english().bundle("registry");
        assertThat(th.keySet()).isEqualTo(en.keySet());
        assertThat(th.getString("registry.cli.noMatch")).contains("ไม่พบ");
    }
}
