package org.tidtam.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.tidtam.app.AppConfig;
import picocli.CommandLine.Model.CommandSpec;

/** What a subcommand needs: the configuration from the global options, and its output streams. */
public final class CliContext {
    private final CommandSpec spec;

    private CliContext(CommandSpec spec) { this.spec = spec; }

    public static CliContext of(CommandSpec spec) { return new CliContext(spec); }

    public AppConfig config() {
        TidtamCommand root = (TidtamCommand) spec.root().userObject();
        return AppConfig.resolve(root.db(), root.today(), root.lang(), environment());
    }

    public PrintWriter out() { return spec.commandLine().getOut(); }

    public PrintWriter err() { return spec.commandLine().getErr(); }

    private static Map<String, String> environment() { return System.getenv(); }
}
