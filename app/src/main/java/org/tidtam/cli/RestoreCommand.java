package org.tidtam.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.backup.BackupInspector;
import org.tidtam.backup.BackupReport;
import org.tidtam.backup.BackupService;
import org.tidtam.backup.KnownSchema;
import org.tidtam.backup.RestoreResult;
import org.tidtam.backup.RestoreService;
import org.tidtam.backup.SingleWriterLock;
import org.tidtam.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restore FILE [--yes]}: checks a backup, shows what it holds, asks, then replaces the database. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the database with a backup, after checking it and showing what it holds.",
                "The current database is kept first as tidtam-pre-restore-<time>.db in the backup folder.",
                "Tidtam must not be open on the database meanwhile.",
                "Exit: 0 restored, 1 the answer was not yes, 2 refused (bad file, no terminal without --yes, in use)."})
final class RestoreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup to restore.")
    Path file;

    @Option(names = "--yes", description = "Do not ask (for scripts).")
    boolean yes;

    @Option(names = "--folder", paramLabel = "DIR", description = "Where to keep the pre-restore copy (default: the backup folder).")
    Path folder;

    Confirmation confirmation = Confirmation.console();

    @Override
    public Integer call() {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        Messages m = config.messages();
        try (SingleWriterLock lock = SingleWriterLock.acquire(config.database(), config.user(), config.clock())) {
            lock.requireWritable();
            RestoreService service = new RestoreService(config.database(),
                    folder != null ? folder : BackupService.defaultFolder(config.dataDir()),
                    new BackupInspector(KnownSchema.latest()));
            BackupReport report = service.inspect(file);
            report.describe(m).forEach(ctx.out()::println);
            ctx.out().flush();
            Integer declined = yes ? null : ask(ctx, m);
            if (declined != null) {
                return declined;
            }
            RestoreResult result = service.restore(file, report, config.clock());
            ctx.out().println(m.get("backup.cli.restored", result.restored().letters()));
            if (result.preRestoreCopy() != null) {
                ctx.out().println(m.get("backup.cli.preRestore", result.preRestoreCopy()));
            }
            return ExitCodes.OK;
        }
    }

    /** Null when the user typed yes, else the exit code to return. */
    private Integer ask(CliContext ctx, Messages m) {
        Optional<String> answer = confirmation.ask(m.get("backup.cli.confirm"));
        if (answer.isEmpty()) {
            ctx.err().println(m.get("backup.cli.notInteractive"));
            return ExitCodes.ERROR;
        }
        if (!Confirmation.isYes(answer.get())) {
            ctx.err().println(m.get("backup.cli.cancelled"));
            return ExitCodes.NOTHING_OR_FINDINGS;
        }
        return null;
    }
}
