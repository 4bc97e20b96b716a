package org.tidtam.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup [--out FILE] [--folder DIR]}: an online copy of the database. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back the database up through SQLite's online backup (safe while Tidtam runs).",
                "Without --out: today's copy tidtam-YYYY-MM-DD.db in the backup folder, keeping the last "
                        + "14 daily and 12 monthly copies."})
final class BackupCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the backup to this file (replaced if it exists).")
    Path out;

    @Option(names = "--folder", paramLabel = "DIR",
            description = "Backup folder (default: the folder chosen in the window's settings, else backups "
                    + "beside the database), e.g. a USB drive.")
    Path folder;

    @Override
    public Integer call() {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        BackupService service = new BackupService(config.database(), BackupFolders.resolve(config, folder));
        Path written = out != null ? service.backupTo(out) : service.backupNow(config.clock());
        ctx.out().println(config.messages().get("backup.cli.written", written));
        return ExitCodes.OK;
    }
}
