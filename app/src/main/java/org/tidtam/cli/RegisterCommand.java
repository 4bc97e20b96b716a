package org.tidtam.cli;

import picocli.CommandLine.Command;

/** `register …`: the incoming register. */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = "Add, list, show, edit and cancel entries of the incoming register (ทะเบียนหนังสือรับ).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:nothing found", "2:bad input or error (one line on stderr)"},
        subcommands = {RegisterAddCommand.class, RegisterListCommand.class, RegisterShowCommand.class,
            RegisterEditCommand.class, RegisterCancelCommand.class})
final class RegisterCommand {
}
