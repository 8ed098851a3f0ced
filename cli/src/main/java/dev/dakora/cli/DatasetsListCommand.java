package dev.dakora.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** {@code dakora datasets list}: datasets, newest first. */
@Command(name = "list", description = "List datasets, newest first, with their latest version and its row count.")
final class DatasetsListCommand extends ServerCommand {

    @Option(names = "--limit", paramLabel = "N", description = "At most N datasets (1 to 1000, default 50).")
    Integer limit;

    DatasetsListCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        if (limit != null && (limit < 1 || limit > 1000)) {
            throw new CliException(ExitCodes.USAGE, "--limit must be from 1 to 1000, got " + limit);
        }
        JsonNode page = CliJson.tree(dakora().datasets().list(limit, null));
        if (json()) {
            Output.json(out(), page);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode dataset : page.path("items")) {
            rows.add(List.of(Output.text(dataset.path("name")), Output.text(dataset.path("latest_version")),
                    Output.text(dataset.path("row_count")), Output.text(dataset.path("updated_at"))));
        }
        if (rows.isEmpty()) {
            out().println("No datasets yet. Upload one with: dakora datasets upload rows.csv --name NAME");
            return;
        }
        Output.table(out(), List.of("NAME", "LATEST", "ROWS", "UPDATED"), rows);
    }
}
