package dev.dakora.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code dakora get <id>}: one template, its inputs and its text. */
@Command(name = "get", description = "Show a template: its version, inputs and text.")
final class GetCommand extends ServerCommand {

    @Parameters(paramLabel = "ID", description = "The template id.")
    String id;

    @ArgGroup(exclusive = true)
    VersionSelector selector = new VersionSelector();

    GetCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        JsonNode template = CliJson.tree(dakora().prompts().get(id, selector.selector()));
        if (json()) {
            Output.json(out(), template);
            return;
        }
        PrintWriter out = out();
        out.println("id:          " + Output.text(template.path("id")));
        out.println("version:     " + Output.text(template.path("version")));
        out.println("description: " + Output.text(template.path("description")));
        List<List<String>> inputs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> input : template.path("inputs").properties()) {
            JsonNode spec = input.getValue();
            inputs.add(List.of(input.getKey(), Output.text(spec.path("type")), Output.text(spec.path("required")),
                    Output.text(spec.path("default"))));
        }
        out.println();
        Output.table(out, List.of("INPUT", "TYPE", "REQUIRED", "DEFAULT"), inputs);
        out.println();
        out.println(Output.text(template.path("template")));
    }
}
