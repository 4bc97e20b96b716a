package org.tidtam.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.backup.BackupService;
import org.tidtam.check.CheckReport;
import org.tidtam.check.CheckReportWriter;
import org.tidtam.check.RegisterCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code check [--json] [--folder DIR]}: the register's integrity, audit chain, search index and backup age. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the register: SQLite integrity, the audit log's hash chain, the search index "
                + "against the letters, and the age of the newest backup (more than 7 days is a finding).",
                "Prints each check with \u2713 or \u2717 and exactly what is wrong and where."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything is in order", "1:findings (listed)", "2:error (e.g. no such database)"})
final class CheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Option(names = "--folder", paramLabel = "DIR", description = "Backup folder (default: the configured one, else backups beside the database).")
    Path folder;

    @Override
    public Integer call() throws IOException {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        if (!java.nio.file.Files.isRegularFile(config.database())) {
            throw new org.tidtam.i18n.TidtamException("check.noDatabase", config.database());
        }
        CheckReport report;
        try (Core core = Core.open(config)) {
            BackupService backups = folder != null ? new BackupService(config.database(), folder)
                    : core.backupService();
            report = new RegisterCheck(core.database(), backups, config.clock(), config.messages()).run();
        }
        if (json) {
            CheckReportWriter.json(report, ctx.out());
        } else {
            CheckReportWriter.text(report, ctx.out());
        }
        return report.ok() ? ExitCodes.OK : ExitCodes.NOTHING_OR_FINDINGS;
    }
}
