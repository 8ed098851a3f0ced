package dev.dakora.cli;

import dev.dakora.client.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code dakora datasets upload rows.csv --name qa [--template T]}: stores the file as the dataset's next version. */
@Command(name = "upload", description = "Upload a .csv, .jsonl (.ndjson) or .json file as the next version of a dataset "
        + "(the first upload creates it).")
final class DatasetsUploadCommand extends ServerCommand {

    @Parameters(paramLabel = "FILE", description = "Rows: CSV with a header (__expected and __meta.<key> columns are not "
            + "inputs), or JSONL/JSON row objects {\"inputs\",\"expected\",\"metadata\"}.")
    Path file;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The dataset's name.")
    String name;

    @Option(names = "--template", paramLabel = "TEMPLATE_ID", description = "Check every row's inputs against this template.")
    String template;

    DatasetsUploadCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        Path path = context.workingDir().resolve(file);
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".jsonl") && !lower.endsWith(".ndjson") && !lower.endsWith(".json")) {
            throw new CliException(ExitCodes.USAGE, "FILE must be a .csv, .jsonl, .ndjson or .json file, got " + file);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new CliException(ExitCodes.USAGE, "Cannot read " + path + ": no readable file there");
        }
        JsonNode version;
        try {
            version = CliJson.tree(dakora().datasets().upload(name, path, template));
        } catch (ValidationException e) {
            throw new CliException(ExitCodes.USAGE, "The server refused " + file + " (" + e.status() + "): " + e.detail()
                    + System.lineSeparator() + "Fix the rows named above and upload again; nothing was stored.");
        }
        if (json()) {
            Output.json(out(), version);
            return;
        }
        out().printf("Dataset %s version %s stored: %s rows%s%n", Output.text(version.path("name")),
                Output.text(version.path("version")), Output.text(version.path("row_count")),
                template == null ? "" : ", checked against " + template);
        out().println("See it with: dakora datasets show " + name);
    }
}
