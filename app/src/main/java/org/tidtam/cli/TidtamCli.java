package org.tidtam.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;
import picocli.CommandLine;

/**
 * Builds the command line and turns every failure into one line on stderr and exit code 2: a user never
 * sees a stack trace (it goes to the log).
 */
public final class TidtamCli {
    private static final Logger LOG = Logger.getLogger(TidtamCli.class.getName());

    private TidtamCli() { }

    public static CommandLine commandLine() { return commandLine(CommandLine.defaultFactory()); }

    /** With a factory that builds commands differently, e.g. over a test's fake store. */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(new TidtamCommand(), factory);
        cl.setExecutionExceptionHandler(TidtamCli::onError);
        cl.setParameterExceptionHandler(TidtamCli::onBadArguments);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CommandLine.defaultFactory());
    }

    /** Runs the command line with the given streams and command factory; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        CommandLine cl = commandLine(factory);
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int onError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        Messages messages = messagesFor(parsed);
        String line;
        if (e instanceof TidtamException te) {
            line = messages.of(te);
            LOG.log(Level.FINE, "command failed", e);
        } else {
            line = messages.get("errors.unexpected", e.toString());
            LOG.log(Level.SEVERE, "unexpected failure", e);
        }
        cl.getErr().println(line);
        return ExitCodes.ERROR;
    }

    private static int onBadArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println(e.getMessage());
        cl.getErr().println("(--help)");
        return ExitCodes.ERROR;
    }

    private static Messages messagesFor(CommandLine.ParseResult parsed) {
        Object root = parsed == null ? null : parsed.commandSpec().root().userObject();
        String lang = root instanceof TidtamCommand t ? t.lang() : null;
        return Messages.forLanguage(lang != null ? lang : System.getenv().getOrDefault("TIDTAM_LANG", "th"));
    }
}
