package dev.dakora.cli;

import picocli.CommandLine.Command;

/** {@code dakora batch submit|status|results|cancel}. */
@Command(name = "batch", mixinStandardHelpOptions = true, description = "Comparisons over many input rows.",
        subcommands = {BatchSubmitCommand.class, BatchStatusCommand.class, BatchResultsCommand.class, BatchCancelCommand.class})
final class BatchCommand extends CommandGroup {
}
