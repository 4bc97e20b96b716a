package org.tidtam.ui;

import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.tidtam.app.AppConfig;

/** Starts the window. The configuration is resolved before JavaFX starts so a bad option fails early. */
public final class TidtamGui extends Application {
    private static volatile AppConfig config;

    public static void launch(Path db, String today, String lang) {
        Map<String, String> env = System.getenv();
        config = AppConfig.resolve(db, today, lang, env);
        Application.launch(TidtamGui.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle(config.messages().get("app.title"));
        stage.setScene(new Scene(new Label(config.messages().get("app.title")), 1200, 760));
        stage.show();
    }
}
