package dev.dakora.common.event;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.dakora.common.value.Values;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * Topic {@link Topics#CALL_RESULTS}: how one model call ended, priced. Keyed by job id. A failed or
 * cancelled call has {@code error} set and zero tokens and cost.
 *
 * @param costUsd {@code null} when the model has no price ({@code priced} false); never a silent zero
 */
public record ModelCallCompleted(String callId, String jobId, String batchId, Integer rowIndex, String templateId,
                                 String version, String model, String provider, CallStatus status, String output,
                                 long tokensIn, long tokensOut, BigDecimal costUsd, boolean priced, long latencyMs,
                                 String error, int attempts, Map<String, Object> inputs, Instant completedAt,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) EvalContext eval) {

    public ModelCallCompleted {
        Require.text(callId, "call_id");
        Require.text(jobId, "job_id");
        Require.text(model, "model");
        Require.present(status, "status");
        Require.present(completedAt, "completed_at");
        Require.notNegative(tokensIn, "tokens_in");
        Require.notNegative(tokensOut, "tokens_out");
        Require.notNegative(latencyMs, "latency_ms");
        if (status == CallStatus.SUCCEEDED && error != null) {
            throw new IllegalArgumentException("a succeeded call has no error");
        }
        if (status != CallStatus.SUCCEEDED && (error == null || error.isBlank())) {
            throw new IllegalArgumentException("a " + status.wireName() + " call needs an error message");
        }
        if (priced && costUsd == null) {
            throw new IllegalArgumentException("a priced call needs cost_usd");
        }
        inputs = inputs == null ? Map.of() : Values.normalizeMap(inputs);
    }

    /** The result of a call outside any experiment. */
    public ModelCallCompleted(String callId, String jobId, String batchId, Integer rowIndex, String templateId,
                              String version, String model, String provider, CallStatus status, String output,
                              long tokensIn, long tokensOut, BigDecimal costUsd, boolean priced, long latencyMs,
                              String error, int attempts, Map<String, Object> inputs, Instant completedAt) {
        this(callId, jobId, batchId, rowIndex, templateId, version, model, provider, status, output, tokensIn, tokensOut,
                costUsd, priced, latencyMs, error, attempts, inputs, completedAt, null);
    }

    /** This result with {@code context} as its eval context. */
    public ModelCallCompleted withEval(EvalContext context) {
        return new ModelCallCompleted(callId, jobId, batchId, rowIndex, templateId, version, model, provider, status,
                output, tokensIn, tokensOut, costUsd, priced, latencyMs, error, attempts, inputs, completedAt, context);
    }

    public boolean succeeded() {
        return status == CallStatus.SUCCEEDED;
    }
}
