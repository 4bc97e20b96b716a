package org.tidtam.ui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tidtam.i18n.Messages;
import org.tidtam.registry.FileOutcome;
import org.tidtam.registry.ImportListener;
import org.tidtam.registry.ImportService;
import org.tidtam.registry.ImportSummary;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.ProgressUpdate;
import org.tidtam.ui.common.TaskProgress;
import org.tidtam.ui.common.TaskRunner;

/**
 * The import dialog's state: the files and folders chosen, the run's progress ("file k of n" and its name)
 * and at the end the summary. The import runs through the task runner, off the FX thread; cancel asks it
 * to stop before the next file, so a file half read is finished and what was registered stays registered.
 */
public final class ImportViewModel {
    private final Supplier<ImportService> service;
    private final TaskRunner runner;
    private final Messages messages;
    private final Runnable afterImport;
    private final ObservableList<Path> chosen = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty stopping = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<ImportSummary> summary = new SimpleObjectProperty<>();
    private BackgroundTask<ImportSummary> task;

    /**
     * @param service     the import service, asked once per run (so a changed setting applies)
     * @param afterImport runs on the FX thread after every run, e.g. to refresh the register and dashboard
     */
    public ImportViewModel(Supplier<ImportService> service, TaskRunner runner, Messages messages,
                           Runnable afterImport) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.afterImport = afterImport;
    }

    public ObservableList<Path> chosen() { return chosen; }

    /** Adds paths not yet chosen, in the order given. */
    public void add(List<Path> paths) {
        paths.stream().map(Path::toAbsolutePath).map(Path::normalize).filter(p -> !chosen.contains(p))
                .forEach(chosen::add);
    }

    /** Adds a typed path; false (nothing added) when there is no such file or folder. */
    public boolean addTyped(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() > 1 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        Path p;
        try {
            p = Path.of(t);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
        if (t.isEmpty() || !Files.exists(p)) {
            return false;
        }
        add(List.of(p));
        return true;
    }

    public ReadOnlyBooleanProperty runningProperty() { return running; }

    public ReadOnlyBooleanProperty stoppingProperty() { return stopping; }

    public ReadOnlyDoubleProperty progressProperty() { return progress; }

    public ReadOnlyStringProperty statusProperty() { return status; }

    public ReadOnlyObjectProperty<ImportSummary> summaryProperty() { return summary; }

    /** Imports what was chosen; does nothing while a run is under way or nothing is chosen. */
    public void start(Consumer<Throwable> onError) {
        if (running.get() || chosen.isEmpty()) {
            return;
        }
        List<Path> files = List.copyOf(chosen);
        summary.set(null);
        stopping.set(false);
        running.set(true);
        progress.set(-1);
        status.set(messages.get("importui.progress.finding"));
        ImportService importer = service.get();
        task = BackgroundTask.withProgress(p -> importer.importFiles(files, false, listener(p), p::isCancelled))
                .onProgress(this::show)
                .onSuccess(this::finish)
                .onError(Throwable.class, e -> {
                    finish(null);
                    onError.accept(e);
                });
        runner.submit(task);
    }

    /** Stops after the file being read; harmless when nothing runs. */
    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
            stopping.set(true);
            status.set(messages.get("importui.progress.stopping"));
        }
    }

    private static ImportListener listener(TaskProgress p) {
        return new ImportListener() {
            @Override
            public void starting(int done, int total, Path file) {
                p.update(new ProgressUpdate(done, total, file.getFileName().toString()));
            }

            @Override
            public void finished(int done, int total, FileOutcome outcome) {
                p.update(new ProgressUpdate(done, total, ""));
            }
        };
    }

    /** A blank message means a file finished: the bar moves, the line keeps naming the last file read. */
    private void show(ProgressUpdate step) {
        progress.set(step.fraction());
        if (!step.message().isEmpty() && !stopping.get()) {
            long k = Math.min(step.done() + 1, step.total());
            status.set(messages.get("importui.progress.file", k, step.total(), step.message()));
        }
    }

    private void finish(ImportSummary result) {
        running.set(false);
        stopping.set(false);
        progress.set(result == null ? 0 : 1);
        status.set("");
        summary.set(result);
        task = null;
        afterImport.run();
    }
}
