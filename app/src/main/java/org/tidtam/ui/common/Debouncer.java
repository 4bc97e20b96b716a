package org.tidtam.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs an action once a burst of calls has paused for the delay (e.g. a search after typing stops). */
public final class Debouncer {
    private final PauseTransition pause;

    public Debouncer(Duration delay, Runnable action) {
        pause = new PauseTransition(delay);
        pause.setOnFinished(e -> action.run());
    }

    /** (Re)starts the delay; the action runs when it ends without another call. */
    public void call() { pause.playFromStart(); }

    /** Drops a pending run (the action ran another way). */
    public void cancel() { pause.stop(); }
}
