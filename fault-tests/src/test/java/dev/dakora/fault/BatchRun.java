package dev.dakora.fault;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

/**
 * One batch of a fault scenario: {@code rows} rows whose prompts carry a marker unique to the run (so the
 * provider's requests can be told apart per run and per call), sent to every model.
 */
record BatchRun(DakoraApi api, FaultProvider provider, String marker, String batchId, int rows, int models) {

    static final String TEMPLATE = """
            {"id": "fault", "template": "Fault run [{{ run }}] row {{ row }}: answer briefly.",
             "inputs": {"run": {"type": "string"}, "row": {"type": "string"}}}""";
    static final List<String> MODELS = List.of("openai/gpt-4o-mini", "openai/gpt-4o");
    static final Duration FINISH_TIMEOUT = Duration.ofSeconds(Long.getLong("dakora.fault.finish-timeout-s", 240));

    static BatchRun submit(DakoraApi api, FaultProvider provider, String scenario, int rows) throws IOException {
        api.createTemplate(TEMPLATE);
        String run = scenario + "-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("run,row\n");
        for (int row = 0; row < rows; row++) {
            csv.append(run).append(",r").append(row).append('\n');
        }
        String batchId = api.submitCsvBatch("fault", MODELS, csv.toString());
        return new BatchRun(api, provider, "[" + run + "]", batchId, rows, MODELS.size());
    }

    int expectedCalls() {
        return rows * models;
    }

    /** Waits until {@code progress} reports at least {@code calls} completed calls. */
    void awaitCalls(long calls, LongSupplier progress) {
        ChildProcess.await(FINISH_TIMEOUT, calls + " calls of " + batchId + " completed", () -> progress.getAsLong() >= calls);
    }

    /** The requests a kill of {@code killedWorkers} LLM workers started with {@code settings} may add. */
    RequestBound resendBound(WorkerSettings settings, int killedWorkers) {
        return RequestBound.resend(settings.allowance(killedWorkers, models, provider.errorRate(), provider.latency()));
    }

    /** Completes with the time from now until {@code progress} reports more than {@code before} (polled every 200 ms). */
    CompletableFuture<Duration> nextCall(long before, LongSupplier progress) {
        long start = System.nanoTime();
        return CompletableFuture.supplyAsync(() -> {
            ChildProcess.await(FINISH_TIMEOUT, "a call of " + batchId + " after " + before, () -> progress.getAsLong() > before);
            return Duration.ofNanos(System.nanoTime() - start);
        }, Executors.newVirtualThreadPerTaskExecutor());
    }

    /**
     * Waits (bounded) for the batch to be final with every call logged, then audits it whatever the wait gave,
     * the provider's requests against {@code bound}.
     */
    String finishAndAudit(LongSupplier loggedCalls, RequestBound bound) throws IOException {
        return finishAndAudit(loggedCalls, bound, Kill.NONE);
    }

    /** The same for a batch during which a process was killed. */
    String finishAndAudit(LongSupplier loggedCalls, RequestBound bound, Kill kill) throws IOException {
        long deadline = System.nanoTime() + FINISH_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && !(finished() && loggedCalls.getAsLong() >= expectedCalls())) {
            sleep();
        }
        sleep();
        try {
            return new BatchAudit(api, batchId, rows, models, provider.requestsPerCall(marker), kill, bound).verify()
                    + ", at most " + provider.mostRequestsForOneCall(marker) + " provider requests for one call";
        } catch (AssertionError | IOException e) {
            Report.line(marker, "FAILED " + batchId + ": " + e.getMessage().replaceAll("\\s+", " "));
            throw e;
        }
    }

    private boolean finished() {
        try {
            return Set.of("completed", "failed", "cancelled").contains(api.batch(batchId).path("status").asString());
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Calls logged for this batch as the gateway reports them, 0 while it does not answer. */
    long loggedThroughApi() {
        try {
            return api.executions(batchId).size();
        } catch (IOException notYet) {
            return 0;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
