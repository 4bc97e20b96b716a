package org.tidtam.ui;

import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import org.tidtam.store.RegisterRow;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.TaskRunner;
import org.tidtam.ui.main.MainWindow;

/**
 * Writes to the log how long the start took, counted from the JVM's start: the window shown, and the
 * window usable (the dashboard loaded and the register's first page in). The start loads run on the one
 * worker in order, so a marker queued behind them is done when they are (should the register's rows load
 * again, the rows being replaced is waited for too). With -Dtidtam.exitWhenReady=true the app then closes:
 * for timing starts.
 */
final class StartupProbe {
    static final String EXIT_WHEN_READY = "tidtam.exitWhenReady";
    private static final Logger LOG = Logger.getLogger(StartupProbe.class.getName());

    private StartupProbe() { }

    /** Call right after the window is shown and its loads were started. */
    static void watch(MainWindow window, TaskRunner runner) {
        long shown = sinceStart();
        ReadOnlyObjectProperty<ObservableList<RegisterRow>> rows = window.registerModel().rowsProperty();
        ObservableList<RegisterRow> placeholder = rows.get();
        afterQueued(runner, () -> whenReplaced(rows, placeholder, () -> ready(shown)));
    }

    private static void afterQueued(TaskRunner runner, Runnable then) {
        runner.submit(BackgroundTask.of(() -> Boolean.TRUE).onSuccess(v -> then.run()));
    }

    private static <T> void whenReplaced(ReadOnlyObjectProperty<T> property, T placeholder, Runnable then) {
        if (property.get() != placeholder) {
            then.run();
            return;
        }
        property.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> o, T was, T now) {
                property.removeListener(this);
                then.run();
            }
        });
    }

    private static void ready(long shown) {
        Platform.runLater(() -> { // one more pulse: the loaded rows are laid out and painted
            LOG.info(() -> "start: window shown " + shown + " ms, usable " + sinceStart() + " ms after the start ("
                    + StartMarks.summary() + "; clock " + System.currentTimeMillis() + ")");
            if (Boolean.getBoolean(EXIT_WHEN_READY)) {
                Platform.exit();
            }
        });
    }

    static long sinceStart() {
        return StartMarks.sinceStart();
    }
}
