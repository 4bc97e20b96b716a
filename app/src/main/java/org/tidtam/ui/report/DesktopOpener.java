package org.tidtam.ui.report;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens a written file or its folder with the system's program, where the desktop supports it. AWT's
 * Desktop may block while the file manager starts, so it runs on its own short-lived thread, never the FX one.
 */
final class DesktopOpener {
    private static final Logger LOG = Logger.getLogger(DesktopOpener.class.getName());

    private DesktopOpener() { }

    static boolean supported() {
        try {
            return !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static void open(Path path) {
        Thread t = new Thread(() -> {
            try {
                Desktop.getDesktop().open(path.toFile());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot open " + path, e);
            }
        }, "tidtam-open");
        t.setDaemon(true);
        t.start();
    }
}
