package dev.dakora.cli;

import picocli.CommandLine.Command;

/** {@code dakora eval run|show|compare}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Experiments: run a dataset through template versions and models, score every output, gate on the result.",
        subcommands = {EvalRunCommand.class, EvalShowCommand.class, EvalCompareCommand.class})
final class EvalCommand extends CommandGroup {
}
