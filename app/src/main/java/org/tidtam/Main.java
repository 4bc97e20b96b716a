package org.tidtam;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.tidtam.app.AppPaths;
import org.tidtam.app.Logging;
import org.tidtam.cli.TidtamCli;
import org.tidtam.cli.TidtamCommand;
import picocli.CommandLine;

/**
 * Entry point of the one jar. With a subcommand (or --help, --version) it runs the command line and never
 * loads JavaFX, so it works with no display; without one it opens the window. It must not extend
 * javafx.application.Application: the JavaFX runtime is on the classpath, not the module path.
 */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
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
        org.tidtam.ui.TidtamGui.launch(root.db(), root.today(), root.lang());
    }
}
