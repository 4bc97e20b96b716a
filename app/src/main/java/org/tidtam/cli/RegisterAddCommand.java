package org.tidtam.cli;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.LetterValidator;
import org.tidtam.letter.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `register add`: registers one letter and prints its registration number (YEAR/NUMBER). */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Register an incoming letter; prints its registration number, e.g. 2568/15.",
            "Warnings (e.g. received before the letter's date) go to stderr; the letter is still registered."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:registered", "2:bad input or error"})
final class RegisterAddCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LetterFieldOptions fields;

    @Override
    public Integer call() {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        LocalDateTime now = LocalDateTime.now(config.clock()).truncatedTo(ChronoUnit.MINUTES);
        LetterDraft draft = fields.applyTo(LetterDraft.empty(now));
        Validation validation = LetterValidator.validate(draft).orThrow();
        try (Core core = Core.open(config)) {
            Letter letter = core.registerStore().register(draft, config.user());
            validation.warnings().forEach(w -> ctx.err().println(config.messages().of(w.toException())));
            ctx.out().println(letter.regNo());
        }
        return ExitCodes.OK;
    }
}
