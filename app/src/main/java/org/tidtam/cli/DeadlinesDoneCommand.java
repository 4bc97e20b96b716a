package org.tidtam.cli;

import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `deadlines done ID`: the deadline leaves the open lists and the entry's audit log says so. */
@Command(name = "done", mixinStandardHelpOptions = true,
        description = "Mark a deadline done, with a note and the number of the reply letter sent.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:marked done", "2:bad input or error"})
final class DeadlinesDoneCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The deadline's number, as `deadlines` lists it.")
    long id;
    @Option(names = "--note", paramLabel = "TEXT", description = "What was done.")
    String note;
    @Option(names = "--reply-number", paramLabel = "TEXT", description = "Number of the reply letter sent (ที่ …).")
    String replyNumber;

    @Override
    public Integer call() {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        try (Core core = Core.open(config)) {
            var entry = core.deadlineStore().markDone(id, note, replyNumber, config.user(), config.today());
            ctx.out().println(config.messages().get("remind.cli.done", String.valueOf(id), entry.letter().regNo().toString()));
        }
        return ExitCodes.OK;
    }
}
