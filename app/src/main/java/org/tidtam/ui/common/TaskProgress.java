package org.tidtam.ui.common;

/**
 * What long work sees while it runs off the FX thread: it reports how far it has come (the task's progress
 * handler gets it on the FX thread, latest first when the FX thread lags) and asks, between its steps,
 * whether the user pressed cancel. Cancelling never interrupts the step under way.
 */
public interface TaskProgress {
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void update(ProgressUpdate step) { }

        @Override
        public boolean isCancelled() { return false; }
    };

    void update(ProgressUpdate step);

    boolean isCancelled();
}
