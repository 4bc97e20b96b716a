package org.tidtam.cli;

import java.util.function.Function;
import org.tidtam.app.AppConfig;
import org.tidtam.i18n.TidtamException;
import org.tidtam.report.ReportSource;
import picocli.CommandLine.Command;

/** `tidtam export weekly|register`: writes a report to a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the weekly summary or the incoming register to a file.",
        subcommands = {ExportWeeklyCommand.class, ExportRegisterCommand.class})
public final class ExportCommand {
    /** Opens the rows of the reports for a configuration; the store's implementation goes here. */
    static final Function<AppConfig, ReportSource> NOT_WIRED = config -> {
        throw new TidtamException("report.error.noSource");
    };

    private final Function<AppConfig, ReportSource> sources;

    public ExportCommand() { this(NOT_WIRED); }

    public ExportCommand(Function<AppConfig, ReportSource> sources) { this.sources = sources; }

    ReportSource open(AppConfig config) { return sources.apply(config); }
}
