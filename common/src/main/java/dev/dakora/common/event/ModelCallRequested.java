package dev.dakora.common.event;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.dakora.common.value.Values;

import java.time.Instant;
import java.util.Map;

/**
 * Topic {@link Topics#MODEL_CALLS}: one call of one model with a rendered prompt. Keyed by job id.
 *
 * @param callId stable across redeliveries: {@link #callId(String, String, int)}
 * @param sample which repetition of the same model in the job (0 for the first)
 * @param inputs the job's inputs, carried for the execution log
 */
public record ModelCallRequested(String callId, String jobId, String batchId, Integer rowIndex, int sample,
                                 String templateId, String version, String model, String prompt, CallParams params,
                                 Map<String, Object> inputs, Instant requestedAt,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) EvalContext eval) {

    public ModelCallRequested {
        Require.text(callId, "call_id");
        Require.text(jobId, "job_id");
        Require.text(model, "model");
        Require.present(prompt, "prompt");
        Require.present(requestedAt, "requested_at");
        params = params == null ? CallParams.DEFAULTS : params;
        inputs = inputs == null ? Map.of() : Values.normalizeMap(inputs);
    }

    /** A call outside any experiment. */
    public ModelCallRequested(String callId, String jobId, String batchId, Integer rowIndex, int sample,
                              String templateId, String version, String model, String prompt, CallParams params,
                              Map<String, Object> inputs, Instant requestedAt) {
        this(callId, jobId, batchId, rowIndex, sample, templateId, version, model, prompt, params, inputs, requestedAt,
                null);
    }

    public static String callId(String jobId, String model, int sample) {
        return jobId + ":" + model + ":" + sample;
    }
}
