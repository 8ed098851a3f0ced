package dev.dakora.gateway.domain;

import dev.dakora.common.event.CallParams;

import java.util.List;
import java.util.Map;

/** A batch as submitted: one compare job per input row, each calling every model. */
public record BatchRequest(String templateId, String version, String label, List<String> models,
                           List<Map<String, Object>> rows, CallParams params, String name) {

    public BatchRequest {
        models = List.copyOf(models);
        rows = List.copyOf(rows);
        params = params == null ? CallParams.DEFAULTS : params;
    }
}
