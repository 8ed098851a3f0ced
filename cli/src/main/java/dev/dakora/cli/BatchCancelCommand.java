package dev.dakora.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code dakora batch cancel <id>}: drops the calls not yet sent. */
@Command(name = "cancel", description = "Cancel a batch: calls not yet sent to a provider are dropped.")
final class BatchCancelCommand extends ServerCommand {

    @Parameters(paramLabel = "BATCH_ID", description = "The batch id.")
    String batchId;

    BatchCancelCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        JsonNode answer = CliJson.tree(dakora().batches().cancel(batchId));
        if (json()) {
            Output.json(out(), answer);
            return;
        }
        out().println("Cancel requested for " + Output.text(answer.path("cancel_requested_jobs")) + " jobs of batch " + batchId);
    }
}
