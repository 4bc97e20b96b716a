package org.tidtam.ui.dashboard;

import org.tidtam.ui.tray.AwtTray;
import org.tidtam.ui.tray.TrayPort;

/**
 * Operating-system notifications through the system tray, where there is one; they share the tray mode's
 * icon. Headless runs and desktops without a tray get nothing (the in-app list still shows every reminder).
 */
final class TrayNotifier {
    private final String appName;
    private final TrayPort tray;

    TrayNotifier(String appName) { this(appName, new AwtTray()); }

    TrayNotifier(String appName, TrayPort tray) {
        this.appName = appName;
        this.tray = tray;
    }

    void notify(String title, String text) { tray.notify(appName, title, text); }
}
