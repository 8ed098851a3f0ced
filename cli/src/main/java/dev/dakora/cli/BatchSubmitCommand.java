package dev.dakora.cli;

import dev.dakora.client.BatchLane;
import dev.dakora.client.BatchUpload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code dakora batch submit <id> --models a,b --file inputs.csv [--lane online|batch|auto] [--estimate]}: one job per
 * input row, or with {@code --estimate} what they would cost and what the batch lane saves. A submission prints the
 * lane the server gave the batch and, on the batch lane, when its results are due at the latest.
 */
@Command(name = "submit", description = "Submit a batch: a template, models, and a CSV (header = input names) or JSONL file of input rows.")
final class BatchSubmitCommand extends ServerCommand {

    @Parameters(paramLabel = "TEMPLATE_ID", description = "The template id.")
    String templateId;

    @Option(names = {"-m", "--models"}, required = true, split = ",", paramLabel = "MODEL", description = "Models (comma-separated or repeated).")
    List<String> models;

    @Option(names = {"-f", "--file"}, required = true, paramLabel = "FILE", description = "Input rows: .csv, .jsonl or .ndjson.")
    Path file;

    @Option(names = "--name", description = "A name for the batch.")
    String name;

    @Option(names = "--version", paramLabel = "VERSION", description = "A version of the template.")
    String version;

    @Option(names = "--lane", paramLabel = "LANE", description = "online (each call at once), batch (the providers' batch "
            + "APIs at their discount, results within 24 h) or auto (the server decides by size).")
    String lane;

    @Option(names = "--estimate", description = "Show what the batch would cost, and what the batch lane saves; submit nothing.")
    boolean estimate;

    BatchSubmitCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        Path path = context.workingDir().resolve(file);
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".jsonl") && !lower.endsWith(".ndjson")) {
            throw new CliException(ExitCodes.USAGE, "--file must be a .csv, .jsonl or .ndjson file, got " + file);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new CliException(ExitCodes.USAGE, "Cannot read " + path + ": no readable file there");
        }
        BatchUpload upload = BatchUpload.of(templateId, models);
        if (lane != null) {
            upload = upload.withLane(lane(lane));
        }
        if (version != null) {
            upload = upload.withVersion(version);
        }
        if (name != null) {
            upload = upload.withName(name);
        }
        if (estimate) {
            JsonNode estimated = CliJson.tree(dakora().batches().estimate(path, upload));
            if (json()) {
                Output.json(out(), estimated);
            } else {
                BatchEstimateOutput.print(out(), estimated);
            }
            return;
        }
        JsonNode batch = CliJson.tree(dakora().batches().submit(path, upload));
        if (json()) {
            Output.json(out(), batch);
            return;
        }
        String id = Output.text(batch.path("batch_id"));
        out().printf("Batch %s queued: %s jobs, %s calls%n", id, Output.text(batch.path("total_jobs")),
                Output.text(batch.path("total_calls")));
        String given = batch.path("lane").isString() ? batch.path("lane").asString() : null;
        if ("batch".equals(given)) {
            out().println("Lane: batch (the providers' batch APIs); results expected by "
                    + Output.text(batch.path("expected_completion_by")));
        } else if (given != null) {
            out().println("Lane: " + given);
        }
        out().println("Follow it with: dakora jobs watch --batch " + id);
    }

    private static BatchLane lane(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "online" -> BatchLane.ONLINE;
            case "batch" -> BatchLane.BATCH;
            case "auto" -> BatchLane.AUTO;
            default -> throw new CliException(ExitCodes.USAGE, "--lane must be online, batch or auto, got " + value);
        };
    }
}
