package org.tidtam.cli;

import picocli.CommandLine.Command;

/** `bench …`: prints speed and size figures so they can be measured again on any machine. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed and size.",
        subcommands = {BenchSearchCommand.class})
final class BenchCommand {
}
