package org.tidtam.ui.common;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The keys every editing window answers the same way: Ctrl+S saves; Esc and the window's close button ask
 * before unsaved changes are dropped ({@code closeIfAllowed} decides and closes).
 */
public final class FormKeys {
    private FormKeys() { }

    public static void install(Stage stage, Scene scene, Runnable save, Runnable closeIfAllowed) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), save);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                closeIfAllowed.run();
            }
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            closeIfAllowed.run();
        });
    }
}
