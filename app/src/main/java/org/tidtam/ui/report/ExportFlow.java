package org.tidtam.ui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.UiContext;

/**
 * The save flow every export shares: ask where (the chooser), ask before replacing an existing file, write
 * off the FX thread while the screen shows it is busy, then say where the file went and offer to open it or
 * its folder. The core writes atomically (SafeFileWriter), so a failure leaves no partial file and its Thai
 * message is shown as it is.
 */
final class ExportFlow {
    /** Writes the file; {@code force} is set once the user agreed to replace it. */
    @FunctionalInterface
    interface FileWork {
        void write(Path file, boolean force) throws Exception;
    }

    private final UiContext ctx;
    private final SaveChooser chooser;
    private final Consumer<Path> written;

    ExportFlow(UiContext ctx, SaveChooser chooser, Consumer<Path> written) {
        this.ctx = ctx;
        this.chooser = chooser;
        this.written = written;
    }

    /** Runs the flow; {@code busy} is told true when writing starts and false when it ends. */
    void save(Window owner, SaveRequest request, Consumer<Boolean> busy, FileWork work) {
        Optional<SaveTarget> target = chooser.choose(owner, request);
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get().file().toAbsolutePath().normalize();
        boolean exists = Files.exists(file);
        if (exists && !target.get().replaceConfirmed() && !Dialogs.confirm(owner, ctx.messages(),
                ctx.text("reportui.replace.title"), ctx.text("reportui.replace.text", file.toString()),
                "reportui.replace.yes")) {
            return;
        }
        busy.accept(true);
        ctx.runner().submit(BackgroundTask.of(() -> {
            work.write(file, exists);
            return file;
        }).onSuccess(done -> {
            busy.accept(false);
            written.accept(done);
            tellWritten(owner, done);
        }).onError(Throwable.class, e -> {
            busy.accept(false);
            Dialogs.showError(owner, ctx.messages(), e);
        }));
    }

    private void tellWritten(Window owner, Path file) {
        ButtonType openFile = new ButtonType(ctx.text("reportui.done.openFile"), ButtonData.LEFT);
        ButtonType openFolder = new ButtonType(ctx.text("reportui.done.openFolder"), ButtonData.LEFT);
        ButtonType close = new ButtonType(ctx.text("reportui.done.close"), ButtonData.OK_DONE);
        Alert alert = DesktopOpener.supported() ? new Alert(Alert.AlertType.INFORMATION, "", openFile, openFolder, close)
                : new Alert(Alert.AlertType.INFORMATION, "", close);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(ctx.text("reportui.done.title"));
        alert.setHeaderText(null);
        Label text = new Label(ctx.text("reportui.done.text", file.getFileName().toString(),
                String.valueOf(file.getParent())));
        text.setWrapText(true);
        text.setId("exportDoneText");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("exportDoneDialog");
        alert.getDialogPane().setMinWidth(460);
        Styles.apply(alert.getDialogPane());
        alert.showAndWait().ifPresent(choice -> {
            if (choice == openFile) {
                DesktopOpener.open(file);
            } else if (choice == openFolder) {
                DesktopOpener.open(file.getParent());
            }
        });
    }
}
