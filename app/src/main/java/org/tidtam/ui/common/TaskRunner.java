package org.tidtam.ui.common;

/**
 * Runs background tasks. The application uses {@link FxTaskRunner} (a worker thread, results on the FX
 * thread); tests use {@link SameThreadTaskRunner} so they need not wait.
 */
public interface TaskRunner {
    <T> void submit(BackgroundTask<T> task);
}
