package org.tidtam.cli;

import picocli.CommandLine.Command;

/** `dev …`: tools for developers and demos. */
@Command(name = "dev", mixinStandardHelpOptions = true, description = "Developer tools (sample data).",
        subcommands = {DevGenerateCommand.class})
final class DevCommand {
}
