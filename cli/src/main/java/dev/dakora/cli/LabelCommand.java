package dev.dakora.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code dakora label <id> <label> <version>}: moves a label to a version. */
@Command(name = "label", description = "Point a label (production, staging, ...) at a version of a template.")
final class LabelCommand extends ServerCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The template id.")
    String id;

    @Parameters(index = "1", paramLabel = "LABEL", description = "The label.")
    String label;

    @Parameters(index = "2", paramLabel = "VERSION", description = "The version the label points at.")
    String version;

    LabelCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        JsonNode answer = CliJson.tree(dakora().prompts().setLabel(id, label, version));
        if (json()) {
            Output.json(out(), answer);
            return;
        }
        out().println(id + ": " + label + " -> " + Output.text(answer.path("version")));
    }
}
