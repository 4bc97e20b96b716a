package org.tidtam.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Holds tasks until the test runs them, in any order: for "the newest answer wins" checks. */
public final class QueuedTaskRunner implements TaskRunner {
    private final List<BackgroundTask<?>> queued = new ArrayList<>();

    @Override
    public <T> void submit(BackgroundTask<T> task) { queued.add(task); }

    public int pending() { return queued.size(); }

    /** Runs the i-th pending task (work and handler) and forgets it. */
    public void run(int i) {
        run(queued.remove(i));
    }

    public void runAll() {
        while (!queued.isEmpty()) {
            run(0);
        }
    }

    private static <T> void run(BackgroundTask<T> task) {
        T value;
        try {
            value = task.run(task::progressed);
        } catch (Exception e) {
            if (!task.fail(e)) {
                throw new IllegalStateException(e);
            }
            return;
        }
        task.succeed(value);
    }
}
