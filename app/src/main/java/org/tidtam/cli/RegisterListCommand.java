package org.tidtam.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.store.RegisterQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `register list`: the register, newest number first, streamed (never all in memory). */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the register, newest first: one tab-separated line per entry, or a JSON array.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:entries listed", "1:no entries", "2:bad input or error"})
final class RegisterListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--year", paramLabel = "BE", description = "Only this พ.ศ. year, e.g. 2568.")
    String year;
    @Option(names = "--search", paramLabel = "TEXT", description = "Only entries whose number, sender, subject or text contain it.")
    String search;
    @Option(names = "--limit", paramLabel = "N", description = "At most N entries (default: all).")
    long limit;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        RegisterQuery query = new RegisterQuery(year == null ? null : CliInput.yearBe(year), search, null, null, null);
        AtomicLong n = new AtomicLong();
        try (Core core = Core.open(config)) {
            if (json) {
                try (JsonGenerator g = Json.MAPPER.createGenerator(ctx.out())) {
                    g.writeStartArray();
                    core.registerStore().forEachRow(query, limit, row -> write(g, row, n));
                    g.writeEndArray();
                }
                ctx.out().println();
            } else {
                RegisterFormat format = new RegisterFormat(config.messages());
                ctx.out().println(format.header());
                core.registerStore().forEachRow(query, limit, row -> {
                    ctx.out().println(format.line(row));
                    n.incrementAndGet();
                });
            }
        }
        if (n.get() == 0) {
            ctx.err().println(config.messages().get("register.empty"));
            return ExitCodes.NOTHING_OR_FINDINGS;
        }
        return ExitCodes.OK;
    }

    private static void write(JsonGenerator g, Object row, AtomicLong n) {
        try {
            g.writeObject(row);
            n.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
