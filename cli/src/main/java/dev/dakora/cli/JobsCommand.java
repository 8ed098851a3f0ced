package dev.dakora.cli;

import picocli.CommandLine.Command;

/** {@code dakora jobs watch}. */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "Asynchronous jobs and batches.",
        subcommands = {JobsWatchCommand.class})
final class JobsCommand extends CommandGroup {
}
