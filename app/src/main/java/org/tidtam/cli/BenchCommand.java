package org.tidtam.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bench …}: speed and size figures of the core, printed so they can be measured again anywhere. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed and size.",
        subcommands = {BenchExtractCommand.class, BenchSearchCommand.class, BenchStartCommand.class})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
