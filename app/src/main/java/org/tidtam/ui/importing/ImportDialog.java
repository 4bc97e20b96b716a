package org.tidtam.ui.importing;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.UiContext;

/**
 * Import a folder or many files at once (Ctrl+I, or several files dropped on the main window): choose
 * files, folders or type a path, start, watch "file k of n", cancel between files, read the summary.
 */
public final class ImportDialog {
    private final UiContext ctx;
    private final ImportViewModel model;
    private final LetterFileChooser chooser;
    private final Stage stage = new Stage();
    private final Label pathError = new Label();

    public ImportDialog(UiContext ctx, ImportViewModel model) {
        this.ctx = ctx;
        this.model = model;
        this.chooser = new LetterFileChooser(ctx);
    }

    /** Over the core's import service with the default choice for classified content. */
    public static ImportDialog of(UiContext ctx, Runnable afterImport) {
        return new ImportDialog(ctx, new ImportViewModel(() -> ctx.core().importService(), ctx.runner(),
                ctx.messages(), afterImport));
    }

    public ImportDialog show(Window owner) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(ctx.text("importui.title"));
        Scene scene = new Scene(layout(), 760, 640);
        Styles.apply(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            }
        });
        FileDrop.install(scene.getRoot(), f -> model.add(List.of(f.toPath())), this::addFiles);
        stage.setOnCloseRequest(e -> {
            e.consume();
            close();
        });
        stage.setScene(scene);
        stage.show();
        scene.lookup("#importPath").requestFocus();
        return this;
    }

    /** Starts at once on files given (e.g. dropped on the main window). */
    public void start(List<File> files) {
        addFiles(files);
        model.start(this::showError);
    }

    public ImportViewModel model() { return model; }

    public Stage stage() { return stage; }

    private void addFiles(List<File> files) { model.add(files.stream().map(File::toPath).toList()); }

    private BorderPane layout() {
        SummaryPane summary = new SummaryPane(ctx);
        model.summaryProperty().addListener((o, a, s) -> summary.show(s));
        VBox body = new VBox(10, choosing(), progress(), summary.node());
        body.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        root.setId("importDialog");
        root.setBottom(buttons());
        return root;
    }

    private Node choosing() {
        Label title = new Label(ctx.text("importui.chosen"));
        ListView<Path> list = new ListView<>(model.chosen());
        list.setId("importChosen");
        list.setPrefHeight(120);
        list.setPlaceholder(new Label(ctx.text("importui.chosen.none")));
        title.setLabelFor(list);
        Button files = button("importAddFiles", "importui.addFiles", () -> model.add(chooser.many(stage)));
        Button folder = button("importAddFolder", "importui.addFolder",
                () -> chooser.folder(stage).ifPresent(p -> model.add(List.of(p))));
        Button clear = button("importClear", "importui.clear", () -> model.chosen().clear());
        HBox add = new HBox(8, files, folder, clear);
        add.disableProperty().bind(model.runningProperty());
        list.disableProperty().bind(model.runningProperty());
        return new VBox(6, title, list, add, typedPath());
    }

    private Node typedPath() {
        TextField path = new TextField();
        path.setId("importPath");
        path.setPromptText(ctx.text("importui.path.prompt"));
        path.setAccessibleText(ctx.text("importui.path"));
        Runnable add = () -> {
            boolean ok = model.addTyped(path.getText());
            pathError.setText(ok ? "" : ctx.text("importui.path.missing", path.getText().strip()));
            if (ok) {
                path.clear();
            }
        };
        // Enter adds what was typed; Enter in the empty field starts, as the default button would
        path.setOnAction(e -> {
            if (path.getText().isBlank()) {
                model.start(this::showError);
            } else {
                add.run();
            }
        });
        Button button = button("importAddPath", "importui.addPath", add);
        HBox.setHgrow(path, Priority.ALWAYS);
        pathError.setId("importPathError");
        pathError.getStyleClass().add("field-error");
        pathError.managedProperty().bind(pathError.textProperty().isNotEmpty());
        HBox row = new HBox(8, new Label(ctx.text("importui.path")), path, button);
        row.disableProperty().bind(model.runningProperty());
        return new VBox(4, row, pathError);
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar(0);
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label status = new Label();
        status.setId("importStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        VBox box = new VBox(4, bar, status);
        box.visibleProperty().bind(model.runningProperty());
        box.managedProperty().bind(model.runningProperty());
        return box;
    }

    private Node buttons() {
        Button start = button("importStart", "importui.start", () -> model.start(this::showError));
        start.setDefaultButton(true);
        start.disableProperty().bind(model.runningProperty().or(javafx.beans.binding.Bindings.isEmpty(model.chosen())));
        Button cancel = button("importCancel", "importui.cancel", model::cancel);
        cancel.disableProperty().bind(model.runningProperty().not().or(model.stoppingProperty()));
        Button close = button("importClose", "importui.close", this::close);
        HBox bar = new HBox(8, start, cancel, close);
        bar.setPadding(new Insets(8, 12, 12, 12));
        return bar;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(ctx.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Closing while a run is under way cancels it (after the current file); the summary is then not shown. */
    private void close() {
        model.cancel();
        stage.close();
    }

    private void showError(Throwable e) { Dialogs.showError(stage, ctx.messages(), e); }
}
