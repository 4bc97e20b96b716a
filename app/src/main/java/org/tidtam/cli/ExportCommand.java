package org.tidtam.cli;

import java.util.function.Function;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.app.StoreReportSource;
import org.tidtam.report.ReportSource;
import picocli.CommandLine.Command;

/** `export ics|weekly|register`: writes the register's data for other programs; each format a subcommand. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export data for other programs: calendar, weekly summary, register printout.",
        subcommands = {ExportIcsCommand.class, ExportWeeklyCommand.class, ExportRegisterCommand.class})
public final class ExportCommand {
    /** The rows of the reports, read from the database the configuration names. */
    static final Function<AppConfig, ReportSource> FROM_STORE = config -> new StoreReportSource(Core.open(config));

    private final Function<AppConfig, ReportSource> sources;

    public ExportCommand() { this(FROM_STORE); }

    /** Tests hand in a fake source. */
    public ExportCommand(Function<AppConfig, ReportSource> sources) { this.sources = sources; }

    ReportSource open(AppConfig config) { return sources.apply(config); }
}
