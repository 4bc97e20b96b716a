package org.tidtam.ui.tray;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * The AWT system tray. AWT keeps one tray per process, so Tidtam's icon is found there by its image rather
 * than kept in a static: the reminder notifications and the tray mode share one icon.
 */
public final class AwtTray implements TrayPort {
    private static final Logger LOG = Logger.getLogger(AwtTray.class.getName());
    private static final BufferedImage IMAGE = image();

    @Override
    public boolean supported() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (RuntimeException | Error e) {
            return false;
        }
    }

    @Override
    public void show(String tooltip, String openLabel, String exitLabel, Runnable open, Runnable exit) {
        onAwt(() -> {
            TrayIcon icon = icon(tooltip);
            PopupMenu menu = new PopupMenu();
            menu.add(item(openLabel, open));
            menu.add(item(exitLabel, exit));
            icon.setPopupMenu(menu);
            Arrays.stream(icon.getActionListeners()).forEach(icon::removeActionListener);
            icon.addActionListener(e -> Platform.runLater(open)); // double-click on the icon
        });
    }

    @Override
    public void hide() {
        onAwt(() -> ours().ifPresent(SystemTray.getSystemTray()::remove));
    }

    @Override
    public void notify(String tooltip, String title, String text) {
        onAwt(() -> icon(tooltip).displayMessage(title, text, TrayIcon.MessageType.INFO));
    }

    private void onAwt(ThrowingAction action) {
        if (!supported()) {
            return;
        }
        EventQueue.invokeLater(() -> {
            try {
                action.run();
            } catch (Exception e) {
                LOG.log(Level.INFO, "system tray unavailable", e);
            }
        });
    }

    private static TrayIcon icon(String tooltip) throws java.awt.AWTException {
        var found = ours();
        if (found.isPresent()) {
            found.get().setToolTip(tooltip);
            return found.get();
        }
        TrayIcon icon = new TrayIcon(IMAGE, tooltip);
        icon.setImageAutoSize(true);
        SystemTray.getSystemTray().add(icon);
        return icon;
    }

    private static java.util.Optional<TrayIcon> ours() {
        return Arrays.stream(SystemTray.getSystemTray().getTrayIcons()).filter(i -> i.getImage() == IMAGE).findFirst();
    }

    private static MenuItem item(String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.addActionListener(e -> Platform.runLater(action));
        return item;
    }

    private static BufferedImage image() {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        g.setColor(new java.awt.Color(0xC0, 0x39, 0x2B));
        g.fillOval(1, 1, 14, 14);
        g.dispose();
        return img;
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws Exception;
    }
}
