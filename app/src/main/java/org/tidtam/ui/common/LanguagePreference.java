package org.tidtam.ui.common;

import java.util.Optional;
import java.util.prefs.Preferences;

/** The language the user chose in View → Language, kept between runs. */
public interface LanguagePreference {
    Optional<String> load();

    void save(String tag);

    /** Kept in java.util.prefs under the user's node for Tidtam. */
    static LanguagePreference userPreferences() {
        Preferences node = Preferences.userRoot().node("org/tidtam");
        return new LanguagePreference() {
            @Override
            public Optional<String> load() { return Optional.ofNullable(node.get("language", null)); }

            @Override
            public void save(String tag) { node.put("language", tag); }
        };
    }

    /** Kept in memory only: for tests. */
    static LanguagePreference inMemory(String initial) {
        String[] value = {initial};
        return new LanguagePreference() {
            @Override
            public Optional<String> load() { return Optional.ofNullable(value[0]); }

            @Override
            public void save(String tag) { value[0] = tag; }
        };
    }
}
