package org.tidtam.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.letter.AuditEntry;
import org.tidtam.letter.Letter;
import org.tidtam.letter.RegistrationNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `register show YEAR/NUMBER`: one entry with its deadlines and audit history. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one entry with its deadlines and its audit history.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shown", "1:no such entry", "2:bad input or error"})
final class RegisterShowCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "YEAR/NUMBER", description = "Registration number, e.g. 2568/15.")
    String regNo;
    @Option(names = "--json", description = "Print JSON: {letter, history}.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        RegistrationNumber no = CliInput.regNo(regNo);
        try (Core core = Core.open(config)) {
            Optional<Letter> letter = core.registerStore().find(no);
            if (letter.isEmpty()) {
                ctx.err().println(config.messages().get("register.notFound", no.toString()));
                return ExitCodes.NOTHING_OR_FINDINGS;
            }
            List<AuditEntry> history = core.registerStore().history(letter.get().id());
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("letter", letter.get());
                out.put("history", history);
                ctx.out().println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out));
            } else {
                new RegisterFormat(config.messages()).detail(letter.get(), history).forEach(ctx.out()::println);
            }
        }
        return ExitCodes.OK;
    }
}
