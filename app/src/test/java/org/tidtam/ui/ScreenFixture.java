package org.tidtam.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;
import org.tidtam.ui.common.LanguagePreference;
import org.tidtam.ui.common.SameThreadTaskRunner;
import org.tidtam.ui.common.TaskRunner;
import org.tidtam.ui.common.UiContext;
import org.tidtam.ui.main.MainWindow;

/**
 * One screen test's world: a real register in a temporary folder, today fixed by a clock, the main window
 * over it on the TestFX stage, and the tidy-up in the one order that keeps later tests clean. Register it
 * with {@code @RegisterExtension} beside {@code @ExtendWith(ApplicationExtension.class)}; show the window
 * from the {@code @Start} method. The register opens on first use, so a test can seed it before showing.
 */
public final class ScreenFixture implements AfterEachCallback {
    private final Locale locale = Locale.getDefault();
    private final Clock clock;
    private final Function<Path, Core> opener;
    private final LanguagePreference language = LanguagePreference.inMemory(null);
    private final Deque<AutoCloseable> alsoClose = new ArrayDeque<>();
    private Path dir;
    private Core core;
    private UiModule module;

    private ScreenFixture(Clock clock, Function<Path, Core> opener) {
        this.clock = clock;
        this.opener = opener;
    }

    /** A new, empty register whose today is this moment in Bangkok. */
    public static ScreenFixture at(LocalDateTime now) { return at(clock(now)); }

    public static ScreenFixture at(Clock clock) { return new ScreenFixture(clock, null); }

    /** A register the test opens itself (with its own clock and letters) in the fixture's folder. */
    public static ScreenFixture over(Function<Path, Core> opener) { return new ScreenFixture(null, opener); }

    public static Clock clock(LocalDateTime now) {
        return Clock.fixed(now.atZone(AppConfig.ZONE).toInstant(), AppConfig.ZONE);
    }

    /** The temporary folder of this test: the database, its data and any file the test writes. */
    public Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("tidtam-screen-");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return dir;
    }

    public Path database() { return dir().resolve("tidtam.db"); }

    /**
     * The configuration of this register for a user (another user's is the read-only second Tidtam). Only for a
     * register the fixture opens itself ({@link #at}): with {@link #over} the test's opener has its own.
     */
    public AppConfig config(String user) { return new AppConfig(database(), dir(), clock, Messages.thai(), user); }

    /** The register the window was first shown over (a restore may replace the module's). */
    public Core core() {
        if (core == null) {
            core = opener != null ? opener.apply(dir()) : Core.open(config("clerk"));
        }
        return core;
    }

    /** Shows the main window over the register, in the saved language (Thai unless the test saved another). */
    public MainWindow show(Stage stage) {
        module = new UiModule(core(), SameThreadTaskRunner::new, language);
        return module.show(stage, UiModule.messagesFor(null, language));
    }

    public UiModule module() { return module; }

    public MainWindow window() { return module.window(); }

    public LanguagePreference language() { return language; }

    /** For a screen built alone: failures of its background work fail the test. */
    public UiContext context() { return context(new SameThreadTaskRunner(e -> { throw new AssertionError(e); })); }

    public UiContext context(TaskRunner runner) { return new UiContext(Messages.thai(), core(), runner, language); }

    /** Selects a tab of the main window ("registerTab", "calendarTab") and waits for the screen to follow. */
    public void selectTab(String id) {
        onFx(() -> {
            TabPane tabs = (TabPane) primary().getScene().lookup("#mainTabs");
            tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(tabs.getSelectionModel()::select);
        });
    }

    /** Closed after the register, latest first (a first Tidtam holding the database, say). */
    public <T extends AutoCloseable> T closeAfter(T resource) {
        alsoClose.push(resource);
        return resource;
    }

    /**
     * Leaves only the main window, with a real click on its menu bar's empty middle: headless focus between
     * windows is unreliable, and the next class's shortcut keys must reach the main window.
     */
    public void giveKeysBackToTheMainWindow(FxRobot robot) {
        onFx(this::hideOtherWindows);
        robot.clickOn("#menuBar");
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            for (int round = 0; round < 3; round++) { // a late refresh may still open a dialog: look again
                onFx(this::detach);
            }
        } finally {
            closeAll();
        }
    }

    /**
     * The window comes off the stage before the register closes: the dashboard's minute ticker and a late page
     * of the register table must not reach a closed database (their error dialog would block the next class).
     */
    private void detach() {
        if (module != null && window() != null && window().dashboard() != null) {
            window().dashboard().stop();
        }
        hideOtherWindows();
        if (primary().getScene() != null) {
            primary().getScene().setRoot(new javafx.scene.layout.Pane());
        }
    }

    private void hideOtherWindows() {
        Stage main = primary();
        List.copyOf(Window.getWindows()).stream().filter(w -> w != main).forEach(Window::hide);
        main.toFront(); // the next test's keys go to the focused window
        main.requestFocus();
    }

    private void closeAll() throws Exception {
        try {
            if (module != null && module.core() != core) {
                module.core().close();
            }
            if (core != null) {
                core.close();
            }
            while (!alsoClose.isEmpty()) {
                alsoClose.pop().close();
            }
            deleteDir();
        } finally {
            Locale.setDefault(locale); // the window sets it for its date pickers; other tests must not see it
        }
    }

    private void deleteDir() throws IOException {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Stage primary() { return FxToolkit.toolkitContext().getRegisteredStage(); }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
            return;
        }
        try {
            WaitForAsyncUtils.asyncFx(action).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
