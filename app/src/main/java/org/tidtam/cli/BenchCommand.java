package org.tidtam.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bench …}: speed figures of the core, printed (targets live here, not in unit tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure the speed of a part of Tidtam.",
        subcommands = {BenchExtractCommand.class})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
