package org.tidtam.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.store.RegisterQuery;
import org.tidtam.store.RegisterRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search QUERY}: entries whose number, sender, subject or text hold QUERY, newest first. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find entries by number, sender, subject or full text; any Thai substring of three"
                + " characters or more, or one or two characters in number, sender and subject.",
                "One tab-separated line per entry (register columns), or a JSON array."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:entries found", "1:no entry matches", "2:bad input or error"})
final class SearchCommand implements Callable<Integer> {
    private static final int DEFAULT_LIMIT = 50;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY", description = "Words or a Thai substring.")
    String query;

    @Option(names = "--year", paramLabel = "BE", description = "Only this พ.ศ. year, e.g. 2568.")
    String year;

    @Option(names = "--limit", paramLabel = "N", description = "At most N entries (default " + DEFAULT_LIMIT + ").")
    int limit = DEFAULT_LIMIT;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        RegisterQuery q = new RegisterQuery(year == null ? null : CliInput.yearBe(year), query, null, null, null);
        List<RegisterRow> rows = new ArrayList<>();
        try (Core core = Core.open(config)) {
            core.registerStore().forEachRow(q, Math.max(1, limit), rows::add);
        }
        if (rows.isEmpty()) {
            ctx.err().println(config.messages().get("registry.cli.noMatch", query));
            return ExitCodes.NOTHING_OR_FINDINGS;
        }
        if (json) {
            Json.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(ctx.out(), rows);
            ctx.out().println();
        } else {
            RegisterFormat format = new RegisterFormat(config.messages());
            ctx.out().println(format.header());
            rows.forEach(r -> ctx.out().println(format.line(r)));
        }
        return ExitCodes.OK;
    }
}
