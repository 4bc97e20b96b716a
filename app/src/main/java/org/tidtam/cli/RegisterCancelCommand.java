package org.tidtam.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.letter.Letter;
import org.tidtam.letter.RegistrationNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `register cancel YEAR/NUMBER --reason …`: the entry stays, marked cancelled (ยกเลิก), with its number. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = "Cancel an entry (ยกเลิก). It stays in the register with its number; the reason is audited.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:cancelled", "1:no such entry", "2:bad input or error"})
final class RegisterCancelCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "YEAR/NUMBER", description = "Registration number, e.g. 2568/15.")
    String regNo;
    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is cancelled.")
    String reason;

    @Override
    public Integer call() {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        RegistrationNumber no = CliInput.regNo(regNo);
        try (Core core = Core.open(config)) {
            Optional<Letter> letter = core.registerStore().find(no);
            if (letter.isEmpty()) {
                ctx.err().println(config.messages().get("register.notFound", no.toString()));
                return ExitCodes.NOTHING_OR_FINDINGS;
            }
            core.registerStore().cancel(letter.get().id(), reason, config.user());
            ctx.out().println(config.messages().get("register.cancelled", no.toString()));
        }
        return ExitCodes.OK;
    }
}
