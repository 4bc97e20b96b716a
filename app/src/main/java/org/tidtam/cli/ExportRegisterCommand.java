package org.tidtam.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.report.RegisterPrintout;
import org.tidtam.report.ReportExporter;
import org.tidtam.report.ReportFormat;
import org.tidtam.report.ReportService;
import org.tidtam.report.ReportSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `tidtam export register --from D --to D --format xlsx|pdf --out FILE [--force]`. */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = "Write the incoming register for a range of received dates, in the regulation's columns.")
public final class ExportRegisterCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand ExportCommand parent;
    @Mixin ExportOptions options;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, description = "First received date.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last received date (default: today).")
    String to;

    @Override
    public Integer call() {
        CliContext cli = CliContext.of(spec);
        AppConfig config = cli.config();
        ReportFormat format = options.format();
        LocalDate last = to == null ? config.today() : ExportOptions.date(to);
        try (ReportSource source = parent.open(config)) {
            RegisterPrintout printout = new ReportService(source, config.clock(), options.summaryOptions(source))
                    .register(ExportOptions.date(from), last);
            new ReportExporter(options.settings(config)).exportRegister(printout, format, options.out, options.force);
        }
        cli.out().println(config.messages().get("report.cli.written", format.extension(),
                options.out.toAbsolutePath().normalize().toString()));
        return ExitCodes.OK;
    }
}
