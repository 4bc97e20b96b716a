package org.tidtam.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command. Without a subcommand Tidtam opens its window (see org.tidtam.Main). */
@Command(name = "tidtam", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Tidtam (ติดตาม): the incoming register of a Thai government office and its deadlines.",
                "Without a command it opens the window."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:nothing found (remind, check: there are findings)", "2:bad input or error"},
        subcommands = {
                picocli.CommandLine.HelpCommand.class,
                BackupCommand.class,
                RestoreCommand.class,
                CheckCommand.class,
                DiagnosticsCommand.class,
                ExtractCommand.class,
                RegisterCommand.class,
                ImportCommand.class,
                SearchCommand.class,
                DevCommand.class,
                BenchCommand.class,
                DeadlinesCommand.class,
                FollowUpsCommand.class,
                RemindCommand.class,
                ExportCommand.class,
        })
public final class TidtamCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Database file (default: the user's data folder; or TIDTAM_DB).")
    Path db;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", scope = ScopeType.INHERIT,
            description = "Fix today's date, for reminders and summaries (or TIDTAM_TODAY).")
    String today;

    @Option(names = "--lang", paramLabel = "th|en", scope = ScopeType.INHERIT,
            description = "Language of messages: th (default) or en (or TIDTAM_LANG).")
    String lang;

    public Path db() { return db; }

    public String today() { return today; }

    public String lang() { return lang; }

    @Override
    public Integer call() {
        return ExitCodes.OK;
    }
}
