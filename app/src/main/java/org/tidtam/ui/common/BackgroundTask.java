package org.tidtam.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work to run off the FX thread with what to do on the FX thread afterwards: the result handler and error
 * handlers typed by exception class (the first that matches wins). The work itself must not touch
 * observable properties; the handlers may.
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

    private final Callable<T> work;
    private Consumer<? super T> onSuccess = v -> { };
    private final List<Handler<?>> handlers = new ArrayList<>();

    private BackgroundTask(Callable<T> work) { this.work = Objects.requireNonNull(work); }

    public static <T> BackgroundTask<T> of(Callable<T> work) { return new BackgroundTask<>(work); }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public <E extends Throwable> BackgroundTask<T> onError(Class<E> type, Consumer<? super E> action) {
        handlers.add(new Handler<>(type, action));
        return this;
    }

    Callable<T> work() { return work; }

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
