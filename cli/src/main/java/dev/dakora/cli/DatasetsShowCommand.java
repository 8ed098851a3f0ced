package dev.dakora.cli;

import dev.dakora.client.DatasetRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** {@code dakora datasets show qa [--version 2]}: a dataset's versions and one version's rows. */
@Command(name = "show", description = "Show a dataset's versions and the rows of one version (the latest by default).")
final class DatasetsShowCommand extends ServerCommand {

    @Parameters(paramLabel = "NAME", description = "The dataset's name.")
    String name;

    @Option(names = "--version", paramLabel = "VERSION", description = "A version number (default: latest).")
    String version;

    DatasetsShowCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        if (version != null && !version.equals("latest") && !version.matches("[1-9][0-9]{0,8}")) {
            throw new CliException(ExitCodes.USAGE, "--version must be a version number such as 2, or latest; got " + version);
        }
        String chosen = version == null ? "latest" : version;
        JsonNode versions = CliJson.tree(dakora().datasets().versions(name).items());
        List<DatasetRow> rows = dakora().datasets().allRows(name, chosen);
        JsonNode rowsTree = CliJson.tree(rows);
        if (json()) {
            ObjectNode answer = CliJson.MAPPER.createObjectNode();
            answer.put("name", name);
            answer.put("version", chosen.equals("latest") && !versions.isEmpty() ? Output.text(versions.get(0).path("version")) : chosen);
            answer.set("versions", versions);
            answer.set("rows", rowsTree);
            Output.json(out(), answer);
            return;
        }
        List<List<String>> versionRows = new ArrayList<>();
        for (JsonNode each : versions) {
            versionRows.add(List.of(Output.text(each.path("version")), Output.text(each.path("row_count")),
                    Output.text(each.path("source")), Output.text(each.path("template_id")), Output.text(each.path("created_at"))));
        }
        Output.table(out(), List.of("VERSION", "ROWS", "SOURCE", "TEMPLATE", "CREATED"), versionRows);
        out().println();
        out().printf("Rows of %s version %s:%n", name, chosen);
        List<List<String>> table = new ArrayList<>();
        for (JsonNode row : rowsTree) {
            table.add(List.of(Output.text(row.path("row")), Output.text(row.path("inputs")), Output.text(row.path("expected")),
                    Output.text(row.path("metadata"))));
        }
        Output.table(out(), List.of("ROW", "INPUTS", "EXPECTED", "METADATA"), table);
    }
}
