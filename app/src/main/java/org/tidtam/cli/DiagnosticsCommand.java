package org.tidtam.cli;

import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.app.Logging;
import org.tidtam.check.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code diagnostics}: versions, paths, database size and counts, and the check results, for support. */
@Command(name = "diagnostics", mixinStandardHelpOptions = true,
        description = "Print versions, paths, database size and counts, and the check results (no letter text).")
final class DiagnosticsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        if (!java.nio.file.Files.isRegularFile(config.database())) {
            throw new org.tidtam.i18n.TidtamException("check.noDatabase", config.database());
        }
        try (Core core = Core.open(config)) {
            ctx.out().print(Diagnostics.gather(core.database(), config.dataDir(), Logging.logDir(config.dataDir()),
                    core.backupService(),
                    config.clock(), config.messages()));
        }
        return ExitCodes.OK;
    }
}
