package dev.dakora.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code dakora keys create <name>}: a new key, shown this once. */
@Command(name = "create", description = "Create an API key; the key is shown this once.")
final class KeysCreateCommand extends ServerCommand {

    @Parameters(paramLabel = "NAME", description = "What the key is for, e.g. ci.")
    String name;

    KeysCreateCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        JsonNode key = CliJson.tree(dakora().keys().create(name));
        if (json()) {
            Output.json(out(), key);
            return;
        }
        out().println("Created key " + Output.text(key.path("id")) + " (" + name + "). It is shown only this once:");
        out().println(Output.text(key.path("key")));
    }
}
