package org.tidtam.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Messages;

class SafetyBundleTest {
    private static final Pattern ARG = Pattern.compile("\\{\\d}");

    @Test
    void thaiAndEnglishHaveTheSameKeysAndPlaceholders() {
        ResourceBundle th = new Messages(Messages.THAI).bundle("safety");
        ResourceBundle en = new Messages(Locale.ENGLISH).bundle("safety");
        assertThat(th.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        for (String key : th.keySet()) {
            assertThat(args(th.getString(key))).as(key).isEqualTo(args(en.getString(key)));
            assertThat(th.getString(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.THAI) || !th.getString(key).matches(".*\\p{L}.*")).as(key).isTrue();
        }
    }

    private static java.util.Set<String> args(String text) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        Matcher m = ARG.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
