package org.tidtam.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tidtam.extract.ExtractionBenchmark;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench extract [FILE…]}: MB/s and letters/s of extraction on one core, and the ratio to a plain pass. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Repeat extraction for a few seconds and print MB/s, letters/s and the ratio to a plain",
                "pass over the same characters. Default files: the shared letters (../shared/letters)."})
final class BenchExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "4", description = "How long to measure (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--letters", paramLabel = "DIR", description = "Folder of *.txt letters to use by default.")
    Path lettersDir;

    @Parameters(arity = "0..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() {
        CliContext ctx = CliContext.of(spec);
        Messages m = ctx.config().messages();
        List<byte[]> texts = new ArrayList<>();
        for (Path f : files == null || files.isEmpty() ? defaultFiles() : files) {
            texts.add(TextFiles.read(f).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        ExtractionBenchmark.Result r = new ExtractionBenchmark(ctx.config().clock())
                .run(texts, Duration.ofSeconds(Math.max(1, seconds)));
        ctx.out().println(m.get("extract.bench.files", r.files(), r.bytes(), r.rounds(),
                String.format("%.2f", r.seconds())));
        ctx.out().println(m.get("extract.bench.speed", String.format("%.1f", r.bestMbps()),
                String.format("%.1f", r.meanMbps()), String.format("%.0f", r.lettersPerSecond())));
        ctx.out().println(m.get("extract.bench.plain", String.format("%.0f", r.plainMbps()),
                String.format("%.1f", r.ratio())));
        return ExitCodes.OK;
    }

    private List<Path> defaultFiles() {
        Path dir = lettersDir != null ? lettersDir : findShared();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new TidtamException("extract.bench.noLetters", dir == null ? "../shared/letters" : dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> txt = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            if (txt.isEmpty()) {
                throw new TidtamException("extract.bench.noLetters", dir);
            }
            return txt;
        } catch (IOException e) {
            throw new TidtamException(e, "extract.bench.noLetters", dir);
        }
    }

    /** shared/letters in the working folder's parents, else in the jar's. */
    private static Path findShared() {
        for (Path start : new Path[] {Path.of("").toAbsolutePath(), jarDir()}) {
            for (Path p = start; p != null; p = p.getParent()) {
                Path c = p.resolve("shared").resolve("letters");
                if (Files.isDirectory(c)) {
                    return c;
                }
            }
        }
        return null;
    }

    private static Path jarDir() {
        try {
            return Path.of(BenchExtractCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
