package org.tidtam.ui.tray;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.stage.Stage;
import org.tidtam.i18n.Messages;

/**
 * Hooks the tray mode to the main stage: its close request and its iconified state. The window is rebuilt
 * when the language changes, so attaching again first detaches the hooks of the previous window.
 */
public final class StageTray {
    private static final String KEY = StageTray.class.getName();
    private final Stage stage;
    private final TrayMode mode;
    private final ChangeListener<Boolean> iconified;

    private StageTray(Stage stage, TrayMode mode) {
        this.stage = stage;
        this.mode = mode;
        this.iconified = (o, was, now) -> Platform.runLater(() -> mode.iconified(now));
    }

    /** Over the AWT tray and the user's saved choice. */
    public static StageTray attach(Stage stage, Messages messages) {
        return attach(stage, new AwtTray(), TrayPreference.userPreferences(), messages);
    }

    public static StageTray attach(Stage stage, TrayPort port, TrayPreference preference, Messages messages) {
        if (stage.getProperties().get(KEY) instanceof StageTray old) {
            old.detach();
        }
        TrayMode mode = new TrayMode(port, preference, window(stage), Platform::setImplicitExit, messages);
        StageTray hooks = new StageTray(stage, mode);
        stage.getProperties().put(KEY, hooks);
        if (mode.available()) {
            stage.iconifiedProperty().addListener(hooks.iconified);
            stage.setOnCloseRequest(e -> {
                if (mode.closeRequested()) {
                    e.consume();
                }
            });
            mode.apply();
        }
        return hooks;
    }

    public TrayMode mode() { return mode; }

    /** View → ย่อไว้ที่ถาด: ticked when on, disabled where there is no tray. */
    public CheckMenuItem menuItem(Messages messages) {
        CheckMenuItem item = new CheckMenuItem(messages.get("calendar.tray.toggle"));
        item.setId("menuItem-trayMode");
        item.setSelected(mode.enabled());
        item.setDisable(!mode.available());
        item.setOnAction(e -> mode.setEnabled(item.isSelected()));
        return item;
    }

    private void detach() {
        stage.iconifiedProperty().removeListener(iconified);
        stage.setOnCloseRequest(null);
    }

    private static TrayMode.Window window(Stage stage) {
        return new TrayMode.Window() {
            @Override
            public void hide() { stage.hide(); }

            @Override
            public void restore() {
                stage.show();
                stage.setIconified(false);
                stage.toFront();
            }

            @Override
            public void close() { stage.close(); }
        };
    }
}
