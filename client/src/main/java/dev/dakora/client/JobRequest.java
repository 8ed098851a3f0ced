package dev.dakora.client;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/jobs}: a {@code render} job renders the template; a {@code compare} job
 * also calls each of {@code models}. {@code version} or {@code label} pins the template version.
 */
public record JobRequest(String type, String templateId, String version, String label, Map<String, Object> inputs,
                         List<String> models, Map<String, Object> params) {

    public static JobRequest render(String templateId, Map<String, Object> inputs) {
        return new JobRequest("render", templateId, null, null, inputs, null, null);
    }

    public static JobRequest compare(String templateId, Map<String, Object> inputs, List<String> models) {
        return new JobRequest("compare", templateId, null, null, inputs, List.copyOf(models), null);
    }

    public JobRequest withVersion(String value) {
        return new JobRequest(type, templateId, value, null, inputs, models, params);
    }

    public JobRequest withLabel(String value) {
        return new JobRequest(type, templateId, null, value, inputs, models, params);
    }

    public JobRequest withParams(Map<String, Object> value) {
        return new JobRequest(type, templateId, version, label, inputs, models, value);
    }
}
