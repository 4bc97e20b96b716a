package org.tidtam.ui;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;
import org.tidtam.ui.backup.CloseBackup;
import org.tidtam.ui.backup.DailyBackupTimer;
import org.tidtam.ui.common.FxTaskRunner;
import org.tidtam.ui.common.LanguagePreference;

/**
 * Starts the window. The configuration is resolved before JavaFX starts so a bad option fails early. A
 * database that cannot be opened (unwritable, not SQLite, newer, locked) gets a dialog and the app exits
 * without touching the file.
 */
public final class TidtamGui extends Application {
    private static volatile AppConfig config;
    private static volatile String language;
    /** Opening the register runs while the toolkit starts; start() waits for it. */
    private static volatile CompletableFuture<Core> opening;
    private UiModule module;
    private Core core;
    private DailyBackupTimer dailyBackups;

    public static void launch(Path db, String today, String lang) {
        Map<String, String> env = System.getenv();
        config = AppConfig.resolve(db, today, lang, env);
        language = lang != null ? lang : env.get("TIDTAM_LANG");
        AppConfig opened = config;
        opening = CompletableFuture.supplyAsync(() -> {
            org.tidtam.store.NativeSqlite.useCache(org.tidtam.app.AppPaths.cacheDir());
            return Core.open(opened);
        });
        Application.launch(TidtamGui.class);
    }

    @Override
    public void start(Stage stage) {
        StartMarks.mark("toolkit");
        LanguagePreference saved = LanguagePreference.userPreferences();
        Messages messages = UiModule.messagesFor(language, saved);
        core = StoreStartup.open(config, messages, c -> StoreStartup.join(opening)).orElse(null);
        if (core == null) {
            Platform.exit();
            return;
        }
        StartMarks.mark("register");
        module = new UiModule(core, FxTaskRunner::new, saved);
        module.show(stage, messages);
        StartupProbe.watch(module.window(), module.runner());
        dailyBackups = new DailyBackupTimer(module::core, module.safetyRunner(),
                () -> module.window().safety().backups().refresh());
        dailyBackups.start();
    }

    @Override
    public void stop() throws Exception {
        Core current = module != null ? module.core() : core;
        if (dailyBackups != null) {
            dailyBackups.stop();
        }
        if (!Boolean.getBoolean(StartupProbe.EXIT_WHEN_READY)) { // a timed start closes at once: no 7 GB copy each time
            CloseBackup.run(current, CloseBackup.LIMIT); // before the database closes; logs a failure, never throws
        }
        if (module != null && module.runner() instanceof AutoCloseable c) {
            c.close();
        }
        if (module != null && module.safetyRunner() instanceof AutoCloseable c) {
            c.close();
        }
        if (current != null) {
            current.close();
        }
    }
}
