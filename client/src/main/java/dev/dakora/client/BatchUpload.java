package dev.dakora.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What goes with an uploaded file of input rows (CSV with a header line, or JSON Lines): the template,
 * the models, and optionally a version or label, a name and a lane. Sent as query parameters.
 */
public record BatchUpload(String templateId, List<String> models, String version, String label, String name, BatchLane lane) {

    /** An upload without a lane: the server's default. */
    public BatchUpload(String templateId, List<String> models, String version, String label, String name) {
        this(templateId, models, version, label, name, null);
    }

    public static BatchUpload of(String templateId, List<String> models) {
        return new BatchUpload(templateId, List.copyOf(models), null, null, null, null);
    }

    public BatchUpload withVersion(String value) {
        return new BatchUpload(templateId, models, value, null, name, lane);
    }

    public BatchUpload withLabel(String value) {
        return new BatchUpload(templateId, models, null, value, name, lane);
    }

    public BatchUpload withName(String value) {
        return new BatchUpload(templateId, models, version, label, value, lane);
    }

    public BatchUpload withLane(BatchLane value) {
        return new BatchUpload(templateId, models, version, label, name, value);
    }

    String query() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("template_id", templateId);
        params.put("models", String.join(",", models));
        params.put("version", version);
        params.put("label", label);
        params.put("name", name);
        params.put("lane", lane == null ? null : lane.wire());
        return Transport.query(params);
    }
}
