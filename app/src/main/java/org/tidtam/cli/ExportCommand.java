package org.tidtam.cli;

import picocli.CommandLine.Command;

/** `export`: writes the register's data for other programs; each format is a subcommand. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export data for other programs.",
        subcommands = {ExportIcsCommand.class})
final class ExportCommand { }
