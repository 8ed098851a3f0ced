package dev.dakora.cli;

import dev.dakora.client.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code dakora batch results <id>}: one row per input row and model. */
@Command(name = "results", description = "Print a batch's results: a table, or the server's csv / jsonl / json.")
final class BatchResultsCommand extends ServerCommand {

    @Parameters(paramLabel = "BATCH_ID", description = "The batch id.")
    String batchId;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or jsonl: print the server's file as it is.")
    String format;

    BatchResultsCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        if (format != null) {
            if (!List.of("csv", "jsonl", "json").contains(format)) {
                throw new CliException(ExitCodes.USAGE, "--format must be csv, jsonl or json, got " + format);
            }
            out().print(dakora().batches().results(batchId, ResultFormat.valueOf(format.toUpperCase(Locale.ROOT))));
            return;
        }
        JsonNode rows = CliJson.tree(dakora().batches().results(batchId));
        if (json()) {
            Output.json(out(), rows);
            return;
        }
        List<List<String>> table = new ArrayList<>();
        for (JsonNode row : rows.isArray() ? rows : rows.path("items")) {
            String error = Output.text(row.path("error"));
            table.add(List.of(Output.text(row.path("row_index")), Output.text(row.path("model")),
                    Output.text(row.path("cost_usd")), Output.text(row.path("latency_ms")),
                    error.isEmpty() ? Output.text(row.path("output")) : "ERROR: " + error));
        }
        Output.table(out(), List.of("ROW", "MODEL", "COST_USD", "LATENCY_MS", "OUTPUT"), table);
    }
}
