package org.tidtam.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.store.BulkLoader;
import org.tidtam.store.sample.SampleLetters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `dev generate --letters N`: fills the database with realistic letters for benchmarks and demos. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Add N realistic letters (Thai senders, numbers, subjects, full text of a few KB,",
            "one to three deadlines each), received in time order over several years ending last year.",
            "Progress goes to stderr."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:generated", "2:bad input or error"})
final class DevGenerateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--letters", required = true, paramLabel = "N", description = "How many letters.")
    long letters;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default 1).")
    long seed;
    @Option(names = "--years", paramLabel = "Y", defaultValue = "5", description = "Spread over Y years (default 5).")
    int years;

    @Override
    public Integer call() {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        LocalDate first = LocalDate.of(config.today().getYear() - Math.max(1, years), 1, 1);
        SampleLetters sample = new SampleLetters(seed, letters, first, Math.max(1, years));
        long t0 = System.nanoTime();
        double indexSeconds;
        try (Core core = Core.open(config)) {
            BulkLoader loader = new BulkLoader(core.database(), config.clock(),
                    (stage, done) -> ctx.err().println(stage + ": " + done), true);
            indexSeconds = loader.load(letters, sample::letter, config.user());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        ctx.out().println(config.messages().get("register.generated", letters, fmt(seconds),
                Math.round(letters / Math.max(seconds, 0.001)), fmt(indexSeconds)));
        return ExitCodes.OK;
    }

    private static String fmt(double d) { return String.format(Locale.ROOT, "%.1f", d); }
}
