package org.tidtam.cli;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.store.DeadlineQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `deadlines`: the deadlines of the register, soonest first, with days left as of --today. */
@Command(name = "deadlines", mixinStandardHelpOptions = true,
        description = "List deadlines, soonest first: one tab-separated line each (days in พ.ศ.), or JSON.",
        subcommands = {DeadlinesDoneCommand.class, DeadlinesDismissCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:deadlines listed", "1:none match", "2:bad input or error"})
final class DeadlinesCommand implements Callable<Integer> {
    /** Which statuses --status selects. */
    enum StatusFilter { OPEN, DONE, DISMISSED, ALL }

    @Spec CommandSpec spec;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First due day (year ค.ศ. or พ.ศ.).")
    String from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last due day.")
    String to;
    @Option(names = "--status", paramLabel = "S", description = "open (default), done, dismissed or all.")
    StatusFilter status = StatusFilter.OPEN;
    @Option(names = "--kind", paramLabel = "K", description = "REPORT, SUBMIT, DISBURSE, REPLY, MEETING, PERIOD or OTHER.")
    DeadlineKind kind;
    @Option(names = "--unit", paramLabel = "TEXT", description = "Only entries assigned to this unit.")
    String unit;
    @Option(names = "--officer", paramLabel = "TEXT", description = "Only entries assigned to this officer.")
    String officer;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        DeadlineQuery query = new DeadlineQuery(CliInput.date(from), CliInput.date(to), statuses(), kind, unit, officer);
        List<DeadlineEntry> found;
        try (Core core = Core.open(config)) {
            found = core.deadlineStore().list(query);
        }
        if (found.isEmpty()) {
            ctx.err().println(config.messages().get("remind.cli.none"));
            return ExitCodes.NOTHING_OR_FINDINGS;
        }
        if (json) {
            Json.MAPPER.writeValue(ctx.out(), found.stream().map(e -> DeadlineJson.of(e, config.today())).toList());
            ctx.out().println();
        } else {
            DeadlineFormat format = new DeadlineFormat(config.messages(), config.today());
            ctx.out().println(format.header());
            found.forEach(e -> ctx.out().println(format.line(e)));
        }
        return ExitCodes.OK;
    }

    private Set<DeadlineStatus> statuses() {
        return status == StatusFilter.ALL ? EnumSet.allOf(DeadlineStatus.class)
                : EnumSet.of(DeadlineStatus.valueOf(status.name()));
    }
}
