package org.tidtam.ui.tray;

/**
 * The operating system's notification area, behind an interface so the tray logic is tested without one.
 * Actions given to {@link #show} are run on the FX thread.
 */
public interface TrayPort {
    /** False in headless runs, on CI and on desktops without a tray: then nothing else does anything. */
    boolean supported();

    /** Puts Tidtam's icon in the tray with a menu (open, exit); double-click opens. */
    void show(String tooltip, String openLabel, String exitLabel, Runnable open, Runnable exit);

    /** Takes the icon out of the tray. */
    void hide();

    /** An operating-system notification from the icon (added without a menu if not there yet). */
    void notify(String tooltip, String title, String text);
}
