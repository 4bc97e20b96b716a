package org.tidtam.ui.report;

import java.io.File;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user where to save. The window uses the system's save dialog; tests hand in a chooser that
 * returns a file under their temporary folder, since no robot can drive a native dialog.
 */
@FunctionalInterface
public interface SaveChooser {
    /** The chosen file, or empty when the user cancelled. */
    Optional<SaveTarget> choose(Window owner, SaveRequest request);

    /** The system's save dialog (javafx.stage.FileChooser). */
    static SaveChooser system() {
        return (owner, request) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(request.title());
            if (request.folder() != null && request.folder().toFile().isDirectory()) {
                chooser.setInitialDirectory(request.folder().toFile());
            }
            chooser.setInitialFileName(request.fileName());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(request.filterName(),
                    "*." + request.extension()));
            File chosen = chooser.showSaveDialog(owner);
            if (chosen == null) {
                return Optional.empty();
            }
            var file = request.withExtension(chosen.toPath());
            // the dialog confirmed a replace only for the name it returned, not for one we extended
            return Optional.of(new SaveTarget(file, file.equals(chosen.toPath())));
        };
    }
}
