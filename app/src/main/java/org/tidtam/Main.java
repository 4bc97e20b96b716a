package org.tidtam;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tidtam.app.AppConfig;
import org.tidtam.app.AppPaths;
import org.tidtam.app.Logging;
import org.tidtam.cli.ExitCodes;
import org.tidtam.cli.TidtamCli;
import org.tidtam.cli.TidtamCommand;
import org.tidtam.cli.WindowArgs;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;
import org.tidtam.launch.WindowLauncher;
import picocli.CommandLine;

/**
 * Entry point of the one jar. With a subcommand (or --help, --version) it runs the command line and never
 * loads JavaFX, so it works with no display; without one it opens the window. It must not extend
 * javafx.application.Application: the JavaFX runtime is on the classpath, not the module path.
 */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() { }

    public static void main(String[] args) {
        org.tidtam.ui.StartMarks.mark("main");
        Optional<WindowArgs> window = WindowArgs.parse(args);
        if (window.isPresent()) {
            openWindow(window.get(), args);
            return;
        }
        Logging.configure(AppPaths.defaultDataDir());
        CommandLine cl = TidtamCli.commandLine();
        CommandLine.ParseResult parsed;
        try {
            parsed = cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            parsed = null;
        }
        if (parsed == null || parsed.hasSubcommand() || parsed.isUsageHelpRequested()
                || parsed.isVersionHelpRequested()) {
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            System.exit(TidtamCli.run(args, out, err));
        }
        TidtamCommand root = cl.getCommand();
        openWindow(new WindowArgs(root.db(), root.today(), root.lang()), args);
    }

    private static void openWindow(WindowArgs window, String[] args) {
        String bad = badOption(window, System.getenv());
        if (bad != null) {
            new PrintWriter(System.err, true, StandardCharsets.UTF_8).println(bad);
            System.exit(ExitCodes.ERROR);
        }
        Exception relaunchFailure = relaunch(args);
        Logging.configure(AppPaths.defaultDataDir());
        org.tidtam.ui.StartMarks.mark("parsed");
        if (relaunchFailure != null) {
            LOG.log(Level.WARNING, "the window starts in this JVM: its own JVM could not be started", relaunchFailure);
        }
        org.tidtam.ui.TidtamGui.launch(window.db(), window.today(), window.lang());
    }

    /**
     * Why the window cannot start with these options (e.g. an impossible --today), in the chosen language,
     * or null: told on stderr with exit code 2 as the command line does, before any JVM or window starts.
     */
    static String badOption(WindowArgs window, Map<String, String> env) {
        try {
            AppConfig.clockFor(window.today() != null ? window.today() : env.get("TIDTAM_TODAY"));
            return null;
        } catch (TidtamException e) { // the language's messages are loaded only now: the start waits for nothing
            String lang = window.lang() != null ? window.lang() : env.getOrDefault("TIDTAM_LANG", "th");
            return Messages.forLanguage(lang).of(e);
        }
    }

    /**
     * Starts the window in its own tuned JVM (see WindowLauncher) and ends this one; returns only when the
     * window should start here, with the reason when starting the other JVM failed.
     */
    private static Exception relaunch(String[] args) {
        WindowLauncher launcher = WindowLauncher.forThisJvm(AppPaths.cacheDir());
        if (launcher == null) {
            return null;
        }
        try {
            System.exit(launcher.launch(args));
            return null;
        } catch (IOException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(ExitCodes.ERROR);
            return null;
        }
    }
}
