package org.tidtam;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.tidtam.app.AppPaths;
import org.tidtam.app.Logging;
import org.tidtam.cli.TidtamCli;
import org.tidtam.cli.TidtamCommand;
import org.tidtam.cli.WindowArgs;
import picocli.CommandLine;

/**
 * Entry point of the one jar. With a subcommand (or --help, --version) it runs the command line and never
 * loads JavaFX, so it works with no display; without one it opens the window. It must not extend
 * javafx.application.Application: the JavaFX runtime is on the classpath, not the module path.
 */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        org.tidtam.ui.StartMarks.mark("main");
        Logging.configure(AppPaths.defaultDataDir());
        org.tidtam.ui.StartMarks.mark("log");
        Optional<WindowArgs> window = WindowArgs.parse(args);
        if (window.isPresent()) {
            org.tidtam.ui.StartMarks.mark("parsed");
            org.tidtam.ui.TidtamGui.launch(window.get().db(), window.get().today(), window.get().lang());
            return;
        }
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
        org.tidtam.ui.StartMarks.mark("parsed");
        org.tidtam.ui.TidtamGui.launch(root.db(), root.today(), root.lang());
    }
}
