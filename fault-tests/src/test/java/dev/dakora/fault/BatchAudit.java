package dev.dakora.fault;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Set;

import dev.dakora.testsupport.Request;
import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;

/**
 * Checks a finished batch through the HTTP API: exactly one result and one execution log row per (row,
 * model), no call id twice, every job final, the same tokens, cost and call counts in the batch, its jobs
 * and its log, and the provider's requests call by call ({@link RequestAudit}) within {@code bound}.
 */
record BatchAudit(DakoraApi api, String batchId, int rows, int models, Map<String, List<Request>> requests,
                  Kill kill, RequestBound bound) {

    /** The bound where no process with calls in flight was killed: retries only, no call sent again. */
    static final RequestBound NO_RESEND = RequestBound.ratio(1.05);

    /** Counted totals of one source (batch, jobs, results or log). */
    record Totals(long calls, long succeeded, long tokensIn, long tokensOut, BigDecimal cost) {
    }

    /** Throws one AssertionError naming every check that failed; returns the log's totals and attempts. */
    String verify() throws IOException {
        int expected = rows * models;
        JsonNode batch = api.batch(batchId);
        List<JsonNode> log = api.executions(batchId);
        JsonNode results = api.batchResults(batchId);
        SoftAssertions softly = new SoftAssertions();

        softly.assertThat(batch.path("status").asString()).as("batch status").isEqualTo("completed");
        softly.assertThat(batch.path("total_calls").asLong()).as("batch total_calls").isEqualTo(expected);
        softly.assertThat(batch.path("completed_calls").asLong()).as("batch completed_calls").isEqualTo(expected);
        softly.assertThat(batch.path("completed_jobs").asLong() + batch.path("failed_jobs").asLong())
                .as("batch completed_jobs + failed_jobs").isEqualTo(rows);

        softly.assertThat(results.size()).as("batch results rows").isEqualTo(expected);
        Set<String> resultKeys = new HashSet<>();
        results.forEach(row -> resultKeys.add(row.path("row_index").asInt() + "/" + row.path("model").asString()));
        softly.assertThat(resultKeys).as("distinct (row, model) in the results").hasSize(expected);

        softly.assertThat(log).as("execution log rows").hasSize(expected);
        Set<String> callIds = new HashSet<>();
        log.forEach(row -> callIds.add(row.path("call_id").asString()));
        softly.assertThat(callIds).as("distinct call ids in the execution log").hasSize(log.size());
        softly.assertThat(log).as("log rows neither succeeded nor failed")
                .filteredOn(row -> !Set.of("succeeded", "failed").contains(row.path("status").asString())).isEmpty();
        String requestCounts = new RequestAudit(requests, attemptsPerCall(log), kill, bound).check(softly);

        Totals fromLog = logTotals(log);
        Totals fromJobs = jobTotals(softly);
        Totals fromBatch = new Totals(batch.path("completed_calls").asLong(), fromLog.succeeded(),
                batch.path("total_tokens_in").asLong(), batch.path("total_tokens_out").asLong(), decimal(batch.path("total_cost_usd")));
        Totals fromResults = resultTotals(results);
        softly.assertThat(fromJobs).as("job totals vs log totals").usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(fromLog);
        softly.assertThat(fromBatch).as("batch totals vs log totals").usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(fromLog);
        softly.assertThat(fromResults).as("result totals vs log totals").usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(fromLog);
        softly.assertAll();
        return "%s: %d calls (%d succeeded), %s, %d+%d tokens, cost %s, errors %s"
                .formatted(batchId, fromLog.calls(), fromLog.succeeded(), requestCounts,
                        fromLog.tokensIn(), fromLog.tokensOut(), fromLog.cost().toPlainString(), errors(log));
    }

    /** Logged attempts per call, keyed as {@link FaultProvider#callKey} (the row is the job id's suffix). */
    private Map<String, Long> attemptsPerCall(List<JsonNode> log) {
        Map<String, Long> perCall = new HashMap<>();
        for (JsonNode row : log) {
            String job = row.path("job_id").asString();
            int index = Integer.parseInt(job.substring(job.lastIndexOf('-') + 1));
            perCall.merge(FaultProvider.callKey(row.path("model").asString(), index), row.path("attempts").asLong(), Long::sum);
        }
        return perCall;
    }

    /** Failed calls counted by the start of their error message. */
    private static Map<String, Long> errors(List<JsonNode> log) {
        return log.stream().filter(row -> row.path("error").isString())
                .map(row -> row.path("error").asString())
                .map(error -> error.substring(0, Math.min(60, error.length())))
                .collect(Collectors.groupingBy(error -> error, TreeMap::new, Collectors.counting()));
    }

    private static Totals logTotals(List<JsonNode> log) {
        long succeeded = log.stream().filter(row -> "succeeded".equals(row.path("status").asString())).count();
        return new Totals(log.size(), succeeded,
                log.stream().mapToLong(row -> row.path("tokens_in").asLong()).sum(),
                log.stream().mapToLong(row -> row.path("tokens_out").asLong()).sum(),
                log.stream().map(row -> decimal(row.path("cost_usd"))).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static Totals resultTotals(JsonNode results) {
        long calls = 0, succeeded = 0, in = 0, out = 0;
        BigDecimal cost = BigDecimal.ZERO;
        for (JsonNode row : results) {
            calls++;
            succeeded += row.path("error").isNull() ? 1 : 0;
            in += row.path("tokens_in").asLong();
            out += row.path("tokens_out").asLong();
            cost = cost.add(decimal(row.path("cost_usd")));
        }
        return new Totals(calls, succeeded, in, out, cost);
    }

    private Totals jobTotals(SoftAssertions softly) throws IOException {
        long calls = 0, succeeded = 0, in = 0, out = 0;
        BigDecimal cost = BigDecimal.ZERO;
        for (int row = 0; row < rows; row++) {
            JsonNode job = api.job(batchId + "-" + row);
            softly.assertThat(job.path("status").asString()).as("status of job %s-%d", batchId, row)
                    .isIn("completed", "failed");
            JsonNode result = job.path("result");
            calls += result.path("successful_count").asLong() + result.path("failed_count").asLong();
            succeeded += result.path("successful_count").asLong();
            in += result.path("total_tokens_in").asLong();
            out += result.path("total_tokens_out").asLong();
            cost = cost.add(decimal(result.path("total_cost_usd")));
        }
        return new Totals(calls, succeeded, in, out, cost);
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : BigDecimal.ZERO;
    }
}
