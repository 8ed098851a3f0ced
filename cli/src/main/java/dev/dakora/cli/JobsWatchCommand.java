package dev.dakora.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Set;

/** {@code dakora jobs watch <id>}: polls a job (or a batch with --batch) until it ends, with a progress bar. */
@Command(name = "watch", description = "Follow a job, or a batch with --batch, until it ends, with a live progress bar.")
final class JobsWatchCommand extends ServerCommand {

    private static final Set<String> FINAL = Set.of("completed", "failed", "cancelled");

    @Parameters(paramLabel = "ID", description = "The job id (or the batch id with --batch).")
    String id;

    @Option(names = "--batch", description = "The id is a batch id.")
    boolean batch;

    @Option(names = "--interval", paramLabel = "MILLIS", defaultValue = "1000", description = "Poll interval in ms (default ${DEFAULT-VALUE}).")
    long intervalMillis;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3600", description = "Give up after this many seconds (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    JobsWatchCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        JsonNode state = fetch();
        while (!FINAL.contains(state.path("status").asString(""))) {
            show(state);
            if (System.nanoTime() > deadline) {
                out().println();
                out().flush();
                throw new CliException(ExitCodes.OTHER, "Still " + state.path("status").asString("") + " after "
                        + timeoutSeconds + " s; watch again later or raise --timeout.");
            }
            sleep();
            state = fetch();
        }
        show(state);
        if (json()) {
            Output.json(out(), state);
        } else {
            out().println();
        }
        String status = state.path("status").asString();
        if (!status.equals("completed")) {
            throw new CliException(ExitCodes.OTHER, (batch ? "Batch " : "Job ") + id + " " + status
                    + (state.hasNonNull("error") ? ": " + Output.text(state.path("error")) : ""));
        }
    }

    private JsonNode fetch() {
        return CliJson.tree(batch ? dakora().batches().get(id) : dakora().jobs().get(id));
    }

    private void show(JsonNode state) {
        if (json()) {
            return;
        }
        String status = state.path("status").asString("");
        if (batch) {
            out().print(ProgressBar.line(state.path("completed_jobs").asLong(0) + state.path("failed_jobs").asLong(0),
                    state.path("total_jobs").asLong(0), "jobs", status));
        } else {
            out().print(ProgressBar.line(FINAL.contains(status) ? 1 : 0, 1, "job", status));
        }
        out().flush();
    }

    private void sleep() {
        try {
            Thread.sleep(Math.max(10, intervalMillis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.OTHER, "Interrupted");
        }
    }
}
