package org.tidtam.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidtam.extract.ExplainWriter;
import org.tidtam.extract.Extraction;
import org.tidtam.extract.ExtractionJson;
import org.tidtam.extract.LetterExtractor;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract FILE…}: the proposed header fields and deadlines of each file's letters, as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read letters (.txt in UTF-8, UTF-16 or TIS-620, .pdf, .docx) and print their header fields and deadlines as JSON.",
                "Exit 0 when at least one letter was found, 1 when none."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/NAME.json for each NAME.txt.")
    Path outDir;

    @Option(names = "--explain", description = "Say which rule produced each value, instead of JSON.")
    boolean explain;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Letter files (.txt, .md, .pdf, .docx).")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        CliContext ctx = CliContext.of(spec);
        LetterExtractor extractor = new LetterExtractor(ctx.config().clock());
        Messages messages = ctx.config().messages();
        if (outDir != null) {
            createDir(outDir);
        }
        int letters = 0;
        for (Path file : files) {
            Extraction x = extractor.extract(TextFiles.read(file), file.getFileName().toString());
            letters += x.letters().size();
            emit(x, file, ctx.out(), messages);
        }
        return letters > 0 ? ExitCodes.OK : ExitCodes.NOTHING_OR_FINDINGS;
    }

    private void emit(Extraction x, Path file, PrintWriter out, Messages messages) throws IOException {
        if (explain) {
            ExplainWriter.write(x, out);
        }
        if (outDir != null) {
            Path target = outDir.resolve(TextFiles.jsonName(file));
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                ExtractionJson.write(x, w);
            } catch (IOException e) {
                throw new TidtamException(e, "extract.out.unwritable", target, e.getMessage());
            }
            out.println(messages.get("extract.wrote", target, x.letters().size(), x.deadlineCount()));
        } else if (!explain) {
            ExtractionJson.write(x, out);
        }
    }

    private static void createDir(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new TidtamException(e, "extract.out.unwritable", dir, e.getMessage());
        }
    }
}
