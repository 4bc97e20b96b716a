package org.tidtam.ui;

import java.util.function.Function;
import java.util.Locale;
import javafx.stage.Stage;
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.ui.common.LanguagePreference;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.TaskRunner;
import org.tidtam.ui.common.UiContext;
import org.tidtam.ui.dashboard.DeadlineServices;
import org.tidtam.ui.backup.SafetyView;
import org.tidtam.ui.main.MainWindow;
import org.tidtam.ui.review.ReviewServices;

/**
 * The window's composition root: the one place that turns the configuration, the store and a task runner
 * into screens. Tests build it with a temporary database and a same-thread runner.
 */
public final class UiModule {
    private Core core;
    private final TaskRunner runner;
    private final TaskRunner safetyRunner;
    private final LanguagePreference language;
    private DeadlineServices deadlines;
    private Stage stage;
    private UiContext ctx;
    private MainWindow window;

    /** Over Core, the composition root the command line shares; the window opens on the deadlines dashboard. */
    public UiModule(Core core, Function<java.util.function.Consumer<Throwable>, TaskRunner> runners,
                    LanguagePreference language) {
        this.core = core;
        this.deadlines = DeadlineServices.of(core);
        this.language = language;
        this.runner = runners.apply(e -> Dialogs.showError(stage, ctx.messages(), e));
        // backups and checks read through their own connections: a second runner keeps the register usable
        this.safetyRunner = runners.apply(e -> Dialogs.showError(stage, ctx.messages(), e));
    }

    /** The language: the --lang option or TIDTAM_LANG if given, else the saved choice, else Thai. */
    public static Messages messagesFor(String explicit, LanguagePreference saved) {
        String tag = explicit != null && !explicit.isBlank() ? explicit : saved.load().orElse("th");
        return Messages.forLanguage(tag);
    }

    public MainWindow show(Stage primary, Messages messages) {
        this.stage = primary;
        this.ctx = new UiContext(messages, core, runner, language);
        Locale.setDefault(messages.locale()); // the date picker's month names follow the default locale
        if (window != null && window.dashboard() != null) {
            window.dashboard().stop();
        }
        window = new MainWindow(ctx, primary, this::switchLanguage, deadlines,
                ReviewServices.of(core));
        StartMarks.mark("screens");
        window.attachSafety(new SafetyView(ctx, primary, safetyRunner, this::replaceCore));
        primary.setTitle(messages.get("app.title") + " — " + core.config().database().getFileName());
        if (primary.getScene() == null) {
            primary.setScene(new javafx.scene.Scene(window.root(), 1280, 780));
        } else {
            primary.getScene().setRoot(window.root());
        }
        Styles.apply(primary.getScene());
        window.start(); // the first loads run on the worker while the window is styled and shown
        StartMarks.mark("styled");
        primary.show();
        StartMarks.mark("shown");
        return window;
    }

    public MainWindow window() { return window; }

    public TaskRunner runner() { return runner; }

    /** Runs backups and the register check (its own worker in the app). */
    public TaskRunner safetyRunner() { return safetyRunner; }

    /** The Core in use now (a restore replaces it). */
    public Core core() { return core; }

    /** After a restore: the window is built again on the reopened register. */
    private void replaceCore(Core next) {
        core = next;
        deadlines = DeadlineServices.of(next);
        show(stage, ctx.messages());
    }

    private void switchLanguage(String tag) {
        language.save(tag);
        show(stage, Messages.forLanguage(tag));
    }
}
