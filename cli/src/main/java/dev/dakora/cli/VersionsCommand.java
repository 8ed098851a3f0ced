package dev.dakora.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** {@code dakora versions <id>}: the version history, newest first. */
@Command(name = "versions", description = "List a template's versions, newest first, with their labels.")
final class VersionsCommand extends ServerCommand {

    @Parameters(paramLabel = "ID", description = "The template id.")
    String id;

    VersionsCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        JsonNode page = CliJson.tree(dakora().prompts().versionPage(id));
        if (json()) {
            Output.json(out(), page);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode version : page.path("items")) {
            List<String> labels = new ArrayList<>();
            version.path("labels").forEach(label -> labels.add(label.asString()));
            rows.add(List.of(Output.text(version.path("version")), Output.text(version.path("created_at")),
                    String.join(",", labels), Output.text(version.path("content_hash"))));
        }
        Output.table(out(), List.of("VERSION", "CREATED_AT", "LABELS", "CONTENT_HASH"), rows);
    }
}
