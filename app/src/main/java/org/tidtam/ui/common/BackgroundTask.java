package org.tidtam.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Work to run off the FX thread with what to do on the FX thread afterwards: the result handler and error
 * handlers typed by exception class (the first that matches wins). The work itself must not touch
 * observable properties; the handlers may. Long work made with {@link #withProgress} reports progress to
 * {@link #onProgress} and stops between steps after {@link #cancel()}.
 */
public final class BackgroundTask<T> {
    private record Handler<E extends Throwable>(Class<E> type, Consumer<? super E> action) {
        boolean tryHandle(Throwable t) {
            if (!type.isInstance(t)) {
                return false;
            }
            action.accept(type.cast(t));
            return true;
        }
    }

    /** Work that reports progress and looks at cancellation between its steps. */
    @FunctionalInterface
    public interface ProgressWork<T> {
        T call(TaskProgress progress) throws Exception;
    }

    private final ProgressWork<T> work;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Consumer<? super T> onSuccess = v -> { };
    private Consumer<? super ProgressUpdate> onProgress = p -> { };
    private final List<Handler<?>> handlers = new ArrayList<>();

    private BackgroundTask(ProgressWork<T> work) { this.work = Objects.requireNonNull(work); }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
        Objects.requireNonNull(work);
        return new BackgroundTask<>(p -> work.call());
    }

    public static <T> BackgroundTask<T> withProgress(ProgressWork<T> work) { return new BackgroundTask<>(work); }

    /** Runs on the FX thread with the latest progress the work reported. */
    public BackgroundTask<T> onProgress(Consumer<? super ProgressUpdate> action) {
        this.onProgress = Objects.requireNonNull(action);
        return this;
    }

    /** Asks the work to stop before its next step; what it finished stays done. Any thread. */
    public void cancel() { cancelled.set(true); }

    public boolean isCancelled() { return cancelled.get(); }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public <E extends Throwable> BackgroundTask<T> onError(Class<E> type, Consumer<? super E> action) {
        handlers.add(new Handler<>(type, action));
        return this;
    }

    /** Runs the work with progress handed to {@code deliver} (which brings it to the FX thread). */
    T run(Consumer<ProgressUpdate> deliver) throws Exception {
        return work.call(new TaskProgress() {
            @Override
            public void update(ProgressUpdate step) { deliver.accept(step); }

            @Override
            public boolean isCancelled() { return cancelled.get(); }
        });
    }

    void progressed(ProgressUpdate step) { onProgress.accept(step); }

    void succeed(T value) { onSuccess.accept(value); }

    /** Runs the first matching handler; returns false when none matched, so the runner reports it. */
    boolean fail(Throwable error) {
        for (Handler<?> h : handlers) {
            if (h.tryHandle(error)) {
                return true;
            }
        }
        return false;
    }
}
