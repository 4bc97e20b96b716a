package org.tidtam.ui.tray;

import java.util.prefs.Preferences;

/** Whether closing or minimising the window hides it to the tray ("ย่อไว้ที่ถาด"); off unless chosen. */
public interface TrayPreference {
    boolean load();

    void save(boolean on);

    /** Kept in java.util.prefs beside the language choice. */
    static TrayPreference userPreferences() {
        Preferences node = Preferences.userRoot().node("org/tidtam");
        return new TrayPreference() {
            @Override
            public boolean load() { return node.getBoolean("minimiseToTray", false); }

            @Override
            public void save(boolean on) { node.putBoolean("minimiseToTray", on); }
        };
    }

    /** Kept in memory only: for tests. */
    static TrayPreference inMemory(boolean initial) {
        boolean[] value = {initial};
        return new TrayPreference() {
            @Override
            public boolean load() { return value[0]; }

            @Override
            public void save(boolean on) { value[0] = on; }
        };
    }
}
