package dev.dakora.cli;

import picocli.CommandLine.Command;

/** {@code dakora datasets upload|list|show}. */
@Command(name = "datasets", mixinStandardHelpOptions = true, description = "Named, versioned sets of rows to evaluate over.",
        subcommands = {DatasetsUploadCommand.class, DatasetsListCommand.class, DatasetsShowCommand.class})
final class DatasetsCommand extends CommandGroup {
}
