package org.tidtam.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.remind.DeadlineEvent;
import org.tidtam.remind.IcsExporter;
import org.tidtam.remind.ReminderPolicy;
import org.tidtam.report.SafeFileWriter;
import org.tidtam.store.DeadlineQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `export ics --out FILE`: open deadlines as an iCalendar file; re-importing updates the same events. */
@Command(name = "ics", mixinStandardHelpOptions = true,
        description = "Write open deadlines as an iCalendar (.ics) file with alarms by the reminder policy.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:no open deadlines (an empty calendar is written)", "2:bad input or error"})
final class ExportIcsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .ics file to write.")
    Path out;
    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Override
    public Integer call() {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        List<DeadlineEvent> events;
        ReminderPolicy policy;
        try (Core core = Core.open(config)) {
            events = core.deadlineStore().list(DeadlineQuery.open()).stream()
                    .filter(e -> e.deadline().due() != null).map(DeadlineEvent::of).toList();
            policy = core.settings().reminderPolicy();
        }
        IcsExporter exporter = new IcsExporter(policy, config.messages(), config.clock());
        SafeFileWriter.write(out, force, stream -> {
            // the calendar outputter closes its writer; the safe writer must close the stream itself
            Writer w = new java.io.FilterWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws java.io.IOException { flush(); }
            };
            exporter.write(events, w);
        });
        ctx.out().println(config.messages().get("remind.cli.icsWritten", events.size(), out.toAbsolutePath().normalize()));
        return events.isEmpty() ? ExitCodes.NOTHING_OR_FINDINGS : ExitCodes.OK;
    }
}
