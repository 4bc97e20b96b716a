package org.tidtam.ui.dashboard;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Operating-system notifications through the system tray, where there is one. Headless runs and desktops
 * without a tray get nothing (the in-app list still shows every reminder).
 */
final class TrayNotifier {
    private static final Logger LOG = Logger.getLogger(TrayNotifier.class.getName());
    private final String appName;
    private TrayIcon icon;

    TrayNotifier(String appName) { this.appName = appName; }

    static boolean supported() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (RuntimeException | Error e) {
            return false;
        }
    }

    void notify(String title, String text) {
        if (!supported()) {
            return;
        }
        EventQueue.invokeLater(() -> {
            try {
                if (icon == null) {
                    icon = new TrayIcon(image(), appName);
                    icon.setImageAutoSize(true);
                    SystemTray.getSystemTray().add(icon);
                }
                icon.displayMessage(title, text, TrayIcon.MessageType.INFO);
            } catch (Exception e) {
                LOG.log(Level.INFO, "no tray notification", e);
            }
        });
    }

    private static BufferedImage image() {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        g.setColor(new java.awt.Color(0xC0, 0x39, 0x2B));
        g.fillOval(1, 1, 14, 14);
        g.dispose();
        return img;
    }
}
