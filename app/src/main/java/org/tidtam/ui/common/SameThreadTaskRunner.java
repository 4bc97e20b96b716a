package org.tidtam.ui.common;

import java.util.function.Consumer;

/** Runs a task at once on the calling thread; for tests, where waiting for a worker only adds flakiness. */
public final class SameThreadTaskRunner implements TaskRunner {
    private final Consumer<Throwable> unhandled;

    public SameThreadTaskRunner(Consumer<Throwable> unhandled) { this.unhandled = unhandled; }

    @Override
    public <T> void submit(BackgroundTask<T> task) {
        T value;
        try {
            value = task.run(task::progressed);
        } catch (Exception e) {
            if (!task.fail(e)) {
                unhandled.accept(e);
            }
            return;
        }
        task.succeed(value);
    }
}
