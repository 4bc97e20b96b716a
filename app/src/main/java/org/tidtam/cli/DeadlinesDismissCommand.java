package org.tidtam.cli;

import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `deadlines dismiss ID --reason …`: not needed (or wrongly read); stays in the entry's history. */
@Command(name = "dismiss", mixinStandardHelpOptions = true,
        description = "Dismiss a deadline that needs no action; the reason is audited.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:dismissed", "2:bad input or error"})
final class DeadlinesDismissCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The deadline's number, as `deadlines` lists it.")
    long id;
    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why no action is needed.")
    String reason;

    @Override
    public Integer call() {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        try (Core core = Core.open(config)) {
            var entry = core.deadlineStore().dismiss(id, reason, config.user(), config.today());
            ctx.out().println(config.messages().get("remind.cli.dismissed", String.valueOf(id),
                    entry.letter().regNo().toString()));
        }
        return ExitCodes.OK;
    }
}
