package org.tidtam.ui.backup;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tidtam.i18n.Messages;

/** Asks the user for a backup file or folder; tests replace it, since native choosers cannot be driven. */
public interface PathChooser {
    Optional<Path> backupFile(Window owner, Path initialFolder);

    Optional<Path> folder(Window owner, Path initialFolder);

    /** The system's own file and folder dialogs. */
    static PathChooser native_(Messages m) {
        return new PathChooser() {
            @Override
            public Optional<Path> backupFile(Window owner, Path initialFolder) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(m.get("safety.restore.chooseTitle"));
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(m.get("safety.restore.filter"), "*.db"),
                        new FileChooser.ExtensionFilter(m.get("safety.restore.allFiles"), "*.*"));
                startIn(initialFolder).ifPresent(chooser::setInitialDirectory);
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> folder(Window owner, Path initialFolder) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(m.get("safety.pane.chooseFolder"));
                startIn(initialFolder).ifPresent(chooser::setInitialDirectory);
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }
        };
    }

    private static Optional<File> startIn(Path folder) {
        return folder != null && Files.isDirectory(folder) ? Optional.of(folder.toFile()) : Optional.empty();
    }
}
