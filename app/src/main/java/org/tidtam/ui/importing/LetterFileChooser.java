package org.tidtam.ui.importing;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tidtam.ui.common.UiContext;

/** The open dialogs for letter files (.txt, .md, .pdf, .docx) and folders of them. */
public final class LetterFileChooser {
    private final UiContext ctx;

    public LetterFileChooser(UiContext ctx) { this.ctx = ctx; }

    public Optional<File> one(Window owner) { return Optional.ofNullable(chooser().showOpenDialog(owner)); }

    List<Path> many(Window owner) {
        List<File> files = chooser().showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    Optional<Path> folder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(ctx.text("importui.addFolder"));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("importui.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(ctx.text("importui.open.letters"), "*.txt", "*.md", "*.pdf", "*.docx"),
                new FileChooser.ExtensionFilter(ctx.text("importui.open.all"), "*"));
        return chooser;
    }
}
