package org.tidtam.cli;

import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.report.ReportExporter;
import org.tidtam.report.ReportFormat;
import org.tidtam.report.ReportService;
import org.tidtam.report.ReportSource;
import org.tidtam.report.WeeklySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `tidtam export weekly --week-of D --format xlsx|csv|pdf|json --out FILE [--force]`. */
@Command(name = "weekly", mixinStandardHelpOptions = true,
        description = "Write the summary of one week (Monday to Sunday): letters received, deadlines due, overdue, done.")
public final class ExportWeeklyCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand ExportCommand parent;
    @Mixin ExportOptions options;

    @Option(names = "--week-of", paramLabel = "YYYY-MM-DD", description = "Any day of the week (default: today).")
    String weekOf;

    @Override
    public Integer call() {
        CliContext cli = CliContext.of(spec);
        AppConfig config = cli.config();
        ReportFormat format = options.format();
        try (ReportSource source = parent.open(config)) {
            WeeklySummary summary = new ReportService(source, config.clock(), options.summaryOptions(source))
                    .weekly(weekOf == null ? config.today() : ExportOptions.date(weekOf));
            new ReportExporter(options.settings(config)).exportWeekly(summary, format, options.out, options.force);
        }
        cli.out().println(config.messages().get("report.cli.written", format.extension(),
                options.out.toAbsolutePath().normalize().toString()));
        return ExitCodes.OK;
    }
}
