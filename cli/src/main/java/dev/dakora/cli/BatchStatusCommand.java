package dev.dakora.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code dakora batch status <id>}: the batch's counters, its lane and, on the batch lane, the time its results are
 * due at the latest, and what the batch lane saved (the saving and the list price) once the server shows it.
 */
@Command(name = "status", description = "Show a batch's progress, tokens and cost.")
final class BatchStatusCommand extends ServerCommand {

    private static final List<String> FIELDS = List.of("batch_id", "status", "total_jobs", "completed_jobs", "failed_jobs",
            "total_calls", "completed_calls", "total_cost_usd", "total_tokens_in", "total_tokens_out", "created_at",
            "completed_at");

    @Parameters(paramLabel = "BATCH_ID", description = "The batch id.")
    String batchId;

    BatchStatusCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        JsonNode batch = CliJson.tree(dakora().batches().get(batchId));
        if (json()) {
            Output.json(out(), batch);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        FIELDS.forEach(field -> rows.add(List.of(field, Output.text(batch.path(field)))));
        if (!batch.path("lane").isNull() && !batch.path("lane").isMissingNode()) {
            rows.add(List.of("lane", Output.text(batch.path("lane"))));
        }
        if ("batch".equals(Output.text(batch.path("lane")))) {
            rows.add(List.of("expected_completion_by", Output.text(batch.path("expected_completion_by"))));
        }
        if (batch.path("saving_usd").isNumber()) {
            rows.add(List.of("saving_usd", batch.path("saving_usd").decimalValue().toPlainString()));
            rows.add(List.of("list_price_usd", batch.path("list_price_usd").decimalValue().toPlainString()));
        }
        Output.table(out(), List.of("FIELD", "VALUE"), rows);
    }
}
