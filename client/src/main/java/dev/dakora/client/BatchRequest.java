package dev.dakora.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON body of {@code POST /api/batches}: one job per input row, each compared across {@code models}. */
public record BatchRequest(String templateId, String version, String label, List<String> models,
                           List<Map<String, Object>> inputs, Map<String, Object> params, String name) {

    public static BatchRequest of(String templateId, List<String> models, List<Map<String, Object>> inputs) {
        return new BatchRequest(templateId, null, null, List.copyOf(models), List.copyOf(inputs), null, null);
    }

    public BatchRequest withVersion(String value) {
        return new BatchRequest(templateId, value, null, models, inputs, params, name);
    }

    public BatchRequest withLabel(String value) {
        return new BatchRequest(templateId, null, value, models, inputs, params, name);
    }

    public BatchRequest withName(String value) {
        return new BatchRequest(templateId, version, label, models, inputs, params, value);
    }

    public BatchRequest withParams(Map<String, Object> value) {
        return new BatchRequest(templateId, version, label, models, inputs, value, name);
    }

    /** The batch's lane, sent as {@code params.lane} beside the other params. */
    public BatchRequest withLane(BatchLane value) {
        Map<String, Object> merged = params == null ? new LinkedHashMap<>() : new LinkedHashMap<>(params);
        merged.put("lane", value.wire());
        return withParams(Map.copyOf(merged));
    }
}
