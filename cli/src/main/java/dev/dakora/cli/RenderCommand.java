package dev.dakora.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;

/** {@code dakora render <id> --input k=v}: the rendered text. */
@Command(name = "render", description = "Render a template with inputs.")
final class RenderCommand extends ServerCommand {

    @Parameters(paramLabel = "ID", description = "The template id.")
    String id;

    @Option(names = {"-i", "--input"}, paramLabel = "NAME=VALUE", description = "An input value (repeatable).")
    List<String> inputs;

    @Option(names = "--inputs-file", paramLabel = "FILE", description = "A JSON object of inputs.")
    Path inputsFile;

    @ArgGroup(exclusive = true)
    VersionSelector selector = new VersionSelector();

    RenderCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        JsonNode rendered = CliJson.tree(dakora().prompts().render(id, selector.selector(),
                Inputs.of(inputs, inputsFile, context.workingDir())));
        if (json()) {
            Output.json(out(), rendered);
            return;
        }
        out().println(Output.text(rendered.path("rendered")));
    }
}
