package dev.dakora.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dakora delete <id>}: removes a template and all its versions, after asking. */
@Command(name = "delete", description = "Delete a template and all its versions.")
final class DeleteCommand extends ServerCommand {

    @Parameters(paramLabel = "ID", description = "The template id.")
    String id;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    DeleteCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        if (!yes && !new Prompter(context, out()).confirm("Delete template " + id + " and all its versions?")) {
            throw new CliException(ExitCodes.OTHER, "Not deleted.");
        }
        dakora().prompts().delete(id);
        out().println("Deleted " + id);
    }
}
