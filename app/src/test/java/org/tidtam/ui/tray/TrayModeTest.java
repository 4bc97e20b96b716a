package org.tidtam.ui.tray;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Messages;

/** The tray mode's rules against a fake tray and window: no real tray needed. */
class TrayModeTest {
    private final List<String> events = new ArrayList<>();
    private final List<Boolean> implicitExit = new ArrayList<>();
    private final FakeTray tray = new FakeTray();

    @Test
    void offByDefaultClosingQuitsAsBefore() {
        TrayMode mode = mode(true, TrayPreference.inMemory(false));
        mode.apply();
        assertThat(mode.closeRequested()).isFalse();
        mode.iconified(true);
        assertThat(events).containsExactly("tray hide");
        assertThat(implicitExit).containsExactly(true);
    }

    @Test
    void whenOnCloseAndMinimiseHideToTheTrayAndTheMenuOpensAgain() {
        TrayMode mode = mode(true, TrayPreference.inMemory(false));
        mode.setEnabled(true);
        assertThat(events).containsExactly("tray show ติดตาม — ทะเบียนหนังสือรับ [เปิดติดตาม, ออก]");
        assertThat(implicitExit).containsExactly(false);

        assertThat(mode.closeRequested()).isTrue();
        mode.iconified(true);
        mode.iconified(false);
        tray.open.run();
        assertThat(events).containsSubsequence("window hide", "window hide", "window restore");
    }

    @Test
    void theTrayExitRemovesTheIconAndLetsTheAppQuit() {
        TrayMode mode = mode(true, TrayPreference.inMemory(true));
        mode.apply();
        tray.exit.run();
        assertThat(events).endsWith("tray hide", "window close");
        assertThat(implicitExit).containsExactly(false, true);
    }

    @Test
    void turningItOffPutsTheOldBehaviourBackAndIsRemembered() {
        TrayPreference pref = TrayPreference.inMemory(true);
        TrayMode mode = mode(true, pref);
        mode.apply();
        mode.setEnabled(false);
        assertThat(pref.load()).isFalse();
        assertThat(mode.closeRequested()).isFalse();
        assertThat(implicitExit).containsExactly(false, true);
    }

    @Test
    void withoutATrayEverythingBehavesAsToday() {
        TrayPreference pref = TrayPreference.inMemory(true);
        TrayMode mode = mode(false, pref);
        mode.apply();
        mode.setEnabled(true);
        assertThat(mode.enabled()).isFalse();
        assertThat(mode.closeRequested()).isFalse();
        mode.iconified(true);
        mode.exit();
        assertThat(events).containsExactly("window close");
        assertThat(implicitExit).isEmpty();
    }

    private TrayMode mode(boolean supported, TrayPreference pref) {
        tray.supported = supported;
        return new TrayMode(tray, pref, new TrayMode.Window() {
            @Override
            public void hide() { events.add("window hide"); }

            @Override
            public void restore() { events.add("window restore"); }

            @Override
            public void close() { events.add("window close"); }
        }, implicitExit::add, Messages.thai());
    }

    private final class FakeTray implements TrayPort {
        boolean supported;
        Runnable open;
        Runnable exit;

        @Override
        public boolean supported() { return supported; }

        @Override
        public void show(String tooltip, String openLabel, String exitLabel, Runnable open, Runnable exit) {
            events.add("tray show " + tooltip + " [" + openLabel + ", " + exitLabel + "]");
            this.open = open;
            this.exit = exit;
        }

        @Override
        public void hide() { events.add("tray hide"); }

        @Override
        public void notify(String tooltip, String title, String text) { events.add("notify " + title); }
    }
}
