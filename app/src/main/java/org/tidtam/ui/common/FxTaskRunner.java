package org.tidtam.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs each task's work on one daemon worker thread (the database serves one statement at a time anyway,
 * and one thread keeps "count, then pages" in order) and its handlers on the FX thread.
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
            protected T call() throws Exception { return task.work().call(); }
        };
        fx.setOnSucceeded(e -> task.succeed(fx.getValue()));
        fx.setOnFailed(e -> {
            if (!task.fail(fx.getException())) {
                unhandled.accept(fx.getException());
            }
        });
        executor.execute(fx);
    }

    @Override
    public void close() { executor.shutdownNow(); }
}
