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
 * @param prompt  the rendered prompt the model was sent; {@code null} when the producer did not carry it
 * @param cached  answered from the LLM worker's response cache: no provider call, cost 0, the tokens of the
 *                original answer; absent in events of older workers, read as false
 */
public record ModelCallCompleted(String callId, String jobId, String batchId, Integer rowIndex, String templateId,
                                 String version, String model, String provider, CallStatus status, String output,
                                 long tokensIn, long tokensOut, BigDecimal costUsd, boolean priced, long latencyMs,
                                 String error, int attempts, Map<String, Object> inputs, Instant completedAt,
                                 String prompt, Boolean cached,
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
        cached = Boolean.TRUE.equals(cached);
    }

    /** A call answered by a provider (or failed), not from the cache. */
    public ModelCallCompleted(String callId, String jobId, String batchId, Integer rowIndex, String templateId,
                              String version, String model, String provider, CallStatus status, String output,
                              long tokensIn, long tokensOut, BigDecimal costUsd, boolean priced, long latencyMs,
                              String error, int attempts, Map<String, Object> inputs, Instant completedAt,
                              String prompt) {
        this(callId, jobId, batchId, rowIndex, templateId, version, model, provider, status, output, tokensIn, tokensOut,
                costUsd, priced, latencyMs, error, attempts, inputs, completedAt, prompt, false, null);
    }

    /** A result without the prompt it was sent with, not from the cache. */
    public ModelCallCompleted(String callId, String jobId, String batchId, Integer rowIndex, String templateId,
                              String version, String model, String provider, CallStatus status, String output,
                              long tokensIn, long tokensOut, BigDecimal costUsd, boolean priced, long latencyMs,
                              String error, int attempts, Map<String, Object> inputs, Instant completedAt) {
        this(callId, jobId, batchId, rowIndex, templateId, version, model, provider, status, output, tokensIn, tokensOut,
                costUsd, priced, latencyMs, error, attempts, inputs, completedAt, null, false, null);
    }

    /** This result with {@code context} as its eval context. */
    public ModelCallCompleted withEval(EvalContext context) {
        return new ModelCallCompleted(callId, jobId, batchId, rowIndex, templateId, version, model, provider, status,
                output, tokensIn, tokensOut, costUsd, priced, latencyMs, error, attempts, inputs, completedAt, prompt, cached,
                context);
    }

    public boolean succeeded() {
        return status == CallStatus.SUCCEEDED;
    }
}
