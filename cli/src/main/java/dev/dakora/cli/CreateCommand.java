package dev.dakora.cli;

import dev.dakora.client.Template;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** {@code dakora create -f file.yaml}: a new template from a YAML (or JSON) file. */
@Command(name = "create", description = "Create a template from a YAML file (id, version, description, template, inputs, metadata).")
final class CreateCommand extends ServerCommand {

    @Option(names = {"-f", "--file"}, required = true, paramLabel = "FILE", description = "The template file.")
    Path file;

    CreateCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        Path path = context.workingDir().resolve(file);
        JsonNode created = CliJson.tree(dakora().prompts().create(template(path, read(path))));
        if (json()) {
            Output.json(out(), created);
            return;
        }
        out().println("Created " + Output.text(created.path("id")) + " version " + Output.text(created.path("version")));
    }

    private static Template template(Path path, Map<?, ?> document) {
        try {
            return CliJson.MAPPER.convertValue(document, Template.class);
        } catch (JacksonException e) {
            throw new CliException(ExitCodes.USAGE, path + " is not a template: " + e.getOriginalMessage());
        }
    }

    static Map<?, ?> read(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "Cannot read " + path + ": " + e.getMessage());
        }
        try {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            if (document instanceof Map<?, ?> map) {
                return map;
            }
        } catch (YAMLException e) {
            throw new CliException(ExitCodes.USAGE, path + " is not valid YAML: " + e.getMessage());
        }
        throw new CliException(ExitCodes.USAGE, path + " must hold one template: a mapping with id, template and inputs");
    }
}
