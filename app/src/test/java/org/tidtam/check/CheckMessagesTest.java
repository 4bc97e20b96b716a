package org.tidtam.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CheckMessagesTest {
    @Test
    void everyCheckKeyIsInBothLanguages() throws Exception {
        Properties en = load("check.properties");
        Properties th = load("check_th.properties");
        assertThat(th.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("check."));
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = CheckMessagesTest.class.getResourceAsStream("/org/tidtam/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
