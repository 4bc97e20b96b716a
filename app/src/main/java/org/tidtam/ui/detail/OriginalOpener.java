package org.tidtam.ui.detail;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.tidtam.i18n.TidtamException;
import org.tidtam.registry.AttachmentStore;
import org.tidtam.store.Attachment;

/**
 * Opens the original kept with an entry in the desktop's program for it. The kept copy is named by its hash
 * and must never be edited, so a copy with the original name goes into a temporary folder and that copy is
 * opened. Blocking (copying, starting a program): call it off the FX thread. Failures are TidtamExceptions
 * "detail.original.*" naming the file.
 */
final class OriginalOpener {
    /** Whatever starts the program; the desktop in the app, a recorder in tests. */
    interface Launcher {
        boolean supported();

        void open(Path file) throws IOException;
    }

    private final AttachmentStore files;
    private final Path tempRoot;
    private final Launcher launcher;

    OriginalOpener(AttachmentStore files, Path tempRoot, Launcher launcher) {
        this.files = Objects.requireNonNull(files, "files");
        this.tempRoot = Objects.requireNonNull(tempRoot, "tempRoot");
        this.launcher = Objects.requireNonNull(launcher, "launcher");
    }

    /** The desktop (java.awt.Desktop) and the system's temporary folder. */
    static OriginalOpener desktop(AttachmentStore files) {
        return new OriginalOpener(files, Path.of(System.getProperty("java.io.tmpdir"), "tidtam-originals"),
                new DesktopLauncher());
    }

    /** Copies the original under its own name and opens it; returns the copy opened. */
    Path open(Attachment original) {
        if (original == null) {
            throw new TidtamException("detail.original.none");
        }
        String name = safeName(original.name());
        Path kept = files.locate(original.sha256()).orElseThrow(() -> new TidtamException("detail.original.missing",
                name, files.pathOf(original.sha256())));
        Path copy = tempRoot.resolve(original.sha256().substring(0, 12)).resolve(name);
        try {
            Files.createDirectories(copy.getParent());
            Files.copy(kept, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | SecurityException e) {
            throw new TidtamException(e, "detail.original.failed", name, String.valueOf(e.getMessage()));
        }
        if (!launcher.supported()) {
            throw new TidtamException("detail.original.noProgram", name, copy);
        }
        try {
            launcher.open(copy);
        } catch (IOException | RuntimeException e) {
            throw new TidtamException(e, "detail.original.noProgram", name, copy);
        }
        return copy;
    }

    /** The file's own name without folders, so a stored name can never point outside the temporary folder. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.isEmpty() || base.equals(".") || base.equals("..") ? "original" : base;
    }

    private static final class DesktopLauncher implements Launcher {
        @Override
        public boolean supported() {
            return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        }

        @Override
        public void open(Path file) throws IOException { Desktop.getDesktop().open(file.toFile()); }
    }
}
