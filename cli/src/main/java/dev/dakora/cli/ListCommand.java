package dev.dakora.cli;

import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** {@code dakora list}: the template ids. */
@Command(name = "list", description = "List the template ids.")
final class ListCommand extends ServerCommand {

    ListCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        JsonNode ids = CliJson.tree(dakora().prompts().list());
        if (json()) {
            Output.json(out(), ids);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        ids.forEach(id -> rows.add(List.of(id.asString())));
        Output.table(out(), List.of("ID"), rows);
        out().println(rows.size() + (rows.size() == 1 ? " template" : " templates"));
    }
}
