package org.tidtam.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.registry.ImportListener;
import org.tidtam.registry.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import FILE…}: registers each file's first letter with its proposed deadlines accepted. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Register each file's first letter (.txt/.md in UTF-8, UTF-16 or TIS-620, .pdf with text,"
                + " .docx) with its proposed deadlines accepted and the original kept in the data folder.",
                "Folders give their letter files. Duplicates (same number, date and sender, or the same file)"
                + " are skipped. Prints one line per file: the registration number or why it was skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file registered or skipped as a duplicate",
                "2:at least one file could not be read or registered (the others were), or an error"})
final class ImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--dry-run", description = "Read and check every file, write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print a JSON array, one object per file.")
    boolean json;

    @Option(names = "--keep-classified-content", negatable = true,
            description = "Keep (or with --no-… do not keep) text and file of ลับ/ลับมาก/ลับที่สุด letters"
                    + " (default: the setting, which is off: register fields only).")
    Boolean keepClassified;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Letter files or folders.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        ImportSummary summary;
        try (Core core = Core.open(config)) {
            summary = (keepClassified == null ? core.importService()
                    : core.importService(keepClassified)).importFiles(files, dryRun, ImportListener.NONE, () -> false);
        }
        ImportReport report = new ImportReport(config.messages());
        if (json) {
            report.json(summary, ctx.out());
        } else {
            report.text(summary, ctx.out());
        }
        ctx.out().flush();
        return summary.allOk() ? ExitCodes.OK : ExitCodes.ERROR;
    }
}
