package org.tidtam.ui.tray;

import java.util.function.Consumer;
import org.tidtam.i18n.Messages;

/**
 * "ย่อไว้ที่ถาด": when on (and the desktop has a tray), closing or minimising the main window hides it to
 * the tray instead of quitting, so reminders keep coming; the icon's menu opens it again or quits, and a
 * double-click opens it. Only then does the app stop quitting when its last window hides (implicit exit
 * off). Without a tray, or with the setting off, closing quits as it always did.
 */
public final class TrayMode {
    /** The main window, as far as the tray needs it. */
    public interface Window {
        void hide();

        /** Shows it again, de-iconified and in front. */
        void restore();

        void close();
    }

    private final TrayPort tray;
    private final TrayPreference preference;
    private final Window window;
    private final Consumer<Boolean> implicitExit;
    private final Messages messages;

    /**
     * @param implicitExit Platform::setImplicitExit in the app; a recorder in tests
     */
    public TrayMode(TrayPort tray, TrayPreference preference, Window window, Consumer<Boolean> implicitExit,
                    Messages messages) {
        this.tray = tray;
        this.preference = preference;
        this.window = window;
        this.implicitExit = implicitExit;
        this.messages = messages;
    }

    /** Whether this desktop has a tray at all; the menu item is disabled without one. */
    public boolean available() { return tray.supported(); }

    /** The setting is on and there is a tray to hide in. */
    public boolean enabled() { return available() && preference.load(); }

    /** Puts the icon in place (or takes it away) to match the setting; call once at start. */
    public void apply() {
        if (!available()) {
            return;
        }
        if (enabled()) {
            tray.show(messages.get("app.title"), messages.get("calendar.tray.open"), messages.get("calendar.tray.exit"),
                    window::restore, this::exit);
            implicitExit.accept(false);
        } else {
            tray.hide();
            implicitExit.accept(true);
        }
    }

    /** The menu toggle; ignored where there is no tray. */
    public void setEnabled(boolean on) {
        if (!available()) {
            return;
        }
        preference.save(on);
        apply();
    }

    /** The window's close button: true when it was hidden to the tray (the close must then be consumed). */
    public boolean closeRequested() {
        if (!enabled()) {
            return false;
        }
        window.hide();
        return true;
    }

    /** The window was minimised: to the tray when the mode is on. */
    public void iconified(boolean iconified) {
        if (iconified && enabled()) {
            window.hide();
        }
    }

    /** Quits for real (File → Exit or the tray's ออก): the icon goes, and closing the window ends the app. */
    public void exit() {
        if (available()) {
            tray.hide();
            implicitExit.accept(true);
        }
        window.close();
    }
}
