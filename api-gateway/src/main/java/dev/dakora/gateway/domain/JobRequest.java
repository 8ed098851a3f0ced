package dev.dakora.gateway.domain;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.JobType;

import java.util.List;
import java.util.Map;

/**
 * A job as submitted: which template version (the current one, or the one {@code version} or
 * {@code label} names), the inputs before coercion, the models of a compare job, call parameters.
 */
public record JobRequest(JobType type, String templateId, String version, String label, Map<String, Object> inputs,
                         List<String> models, CallParams params) {

    public JobRequest {
        inputs = inputs == null ? Map.of() : inputs;
        models = models == null ? List.of() : List.copyOf(models);
        params = params == null ? CallParams.DEFAULTS : params;
    }
}
