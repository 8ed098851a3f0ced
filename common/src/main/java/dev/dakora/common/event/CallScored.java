package dev.dakora.common.event;

import dev.dakora.common.value.Values;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Topic {@link Topics#SCORES}: how one evaluated call of an experiment scored. Exactly one per evaluated
 * call id; judge calls never get one of their own. Keyed by job id.
 *
 * @param costUsd      the evaluated call's price, {@code null} when unpriced ({@code priced} false)
 * @param judgeCostUsd the judge calls' price, apart from the evaluated call's
 * @param assertions   one map per assertion: type, passed, score, weight, reason
 */
public record CallScored(String experimentId, String callId, String jobId, String batchId, int datasetRow,
                         Integer rowIndex, String version, String model, int sample, boolean succeeded,
                         boolean passed, double score, long latencyMs, BigDecimal costUsd, boolean priced,
                         BigDecimal judgeCostUsd, long tokensIn, long tokensOut, String output, String error,
                         List<Map<String, Object>> assertions, Instant scoredAt) {

    public CallScored {
        Require.text(experimentId, "experiment_id");
        Require.text(callId, "call_id");
        Require.text(jobId, "job_id");
        Require.text(model, "model");
        Require.present(scoredAt, "scored_at");
        Require.notNegative(latencyMs, "latency_ms");
        Require.notNegative(tokensIn, "tokens_in");
        Require.notNegative(tokensOut, "tokens_out");
        if (datasetRow < 1) {
            throw new IllegalArgumentException("dataset_row must be 1 or more");
        }
        if (priced && costUsd == null) {
            throw new IllegalArgumentException("a priced call needs cost_usd");
        }
        judgeCostUsd = judgeCostUsd == null ? BigDecimal.ZERO : judgeCostUsd;
        assertions = assertions == null ? List.of() : assertions.stream().map(Values::normalizeMap).toList();
    }

    public String key() {
        return jobId;
    }
}
