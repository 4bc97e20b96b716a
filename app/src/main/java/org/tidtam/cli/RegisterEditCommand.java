package org.tidtam.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.Letter;
import org.tidtam.letter.RegistrationNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `register edit YEAR/NUMBER --field value…`: changes fields; each change is an audit row. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Correct fields of an entry; each changed field is written to its audit history.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:updated (or nothing changed)", "1:no such entry", "2:bad input or error"})
final class RegisterEditCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "YEAR/NUMBER", description = "Registration number, e.g. 2568/15.")
    String regNo;
    @Mixin LetterFieldOptions fields;

    @Override
    public Integer call() {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        RegistrationNumber no = CliInput.regNo(regNo);
        if (!fields.anyGiven()) {
            throw new TidtamException("register.edit.nothing");
        }
        try (Core core = Core.open(config)) {
            Optional<Letter> letter = core.registerStore().find(no);
            if (letter.isEmpty()) {
                ctx.err().println(config.messages().get("register.notFound", no.toString()));
                return ExitCodes.NOTHING_OR_FINDINGS;
            }
            long id = letter.get().id();
            int before = core.registerStore().history(id).size();
            core.registerStore().update(id, fields.applyTo(letter.get().fields()), config.user());
            int changed = core.registerStore().history(id).size() - before;
            ctx.out().println(changed == 0 ? config.messages().get("register.unchanged", no.toString())
                    : config.messages().get("register.edited", no.toString(), changed));
        }
        return ExitCodes.OK;
    }
}
