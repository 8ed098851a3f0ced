package dev.dakora.cli;

import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** {@code dakora keys list}. */
@Command(name = "list", description = "List API keys (their prefixes, never the keys).")
final class KeysListCommand extends ServerCommand {

    KeysListCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        JsonNode page = CliJson.tree(dakora().keys().listPage());
        if (json()) {
            Output.json(out(), page);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode key : page.path("items")) {
            rows.add(List.of(Output.text(key.path("id")), Output.text(key.path("name")), Output.text(key.path("prefix")),
                    Output.text(key.path("created_at")), Output.text(key.path("last_used_at"))));
        }
        Output.table(out(), List.of("ID", "NAME", "PREFIX", "CREATED_AT", "LAST_USED_AT"), rows);
    }
}
