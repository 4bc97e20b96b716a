package org.tidtam.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs each task's work on one daemon worker thread (the database serves one statement at a time anyway,
 * and one thread keeps "count, then pages" in order) and its handlers on the FX thread. Progress reports
 * are coalesced: the FX thread gets the latest, never a queue of stale ones.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tidtam-worker");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<Throwable> unhandled;

    public FxTaskRunner(Consumer<Throwable> unhandled) { this.unhandled = unhandled; }

    @Override
    public <T> void submit(BackgroundTask<T> task) {
        Task<T> fx = new Task<>() {
            @Override
            protected T call() throws Exception { return task.run(latestOnFxThread(task)); }
        };
        fx.setOnSucceeded(e -> task.succeed(fx.getValue()));
        fx.setOnFailed(e -> {
            if (!task.fail(fx.getException())) {
                unhandled.accept(fx.getException());
            }
        });
        executor.execute(fx);
    }

    private static Consumer<ProgressUpdate> latestOnFxThread(BackgroundTask<?> task) {
        AtomicReference<ProgressUpdate> pending = new AtomicReference<>();
        return step -> {
            if (pending.getAndSet(step) == null) {
                Platform.runLater(() -> task.progressed(pending.getAndSet(null)));
            }
        };
    }

    @Override
    public void close() { executor.shutdownNow(); }
}
