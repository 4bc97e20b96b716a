package org.tidtam.ui.importing;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.TransferMode;

/**
 * Files dropped onto a window: one letter file goes to {@code one} (the review screen), several files or a
 * folder to {@code many} (the import dialog).
 */
public final class FileDrop {
    private FileDrop() { }

    public static void install(Node target, Consumer<File> one, Consumer<List<File>> many) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            // opened after the drop completes: a dialog shown inside the drop handler would hold the drag
            javafx.application.Platform.runLater(() -> route(files, one, many));
        });
    }

    static void route(List<File> files, Consumer<File> one, Consumer<List<File>> many) {
        if (files.size() == 1 && !files.get(0).isDirectory()) {
            one.accept(files.get(0));
        } else if (!files.isEmpty()) {
            many.accept(List.copyOf(files));
        }
    }
}
