package dev.dakora.gateway.web;

import dev.dakora.gateway.domain.BatchRequest;
import org.springframework.util.MultiValueMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a batch: a JSON body {@code {"template_id","version"?,"label"?,"models","inputs":[{...}],"params"?,"name"?}},
 * or an upload of rows whose other fields come from query parameters (or multipart form fields):
 * {@code template_id}, {@code version}, {@code label}, {@code models} (repeated or comma-separated),
 * {@code name}, {@code temperature}, {@code max_tokens}, {@code top_p}. Both become a
 * {@link BatchSchemas.Request}; a dry run reads the same and does not need {@code models}.
 */
final class BatchRequests {

    static final int MAX_NAME_CHARS = 200;

    private BatchRequests() {
    }

    static BatchRequest fromJson(BatchSchemas.Request body, int maxRows, boolean modelsRequired) {
        if (body.inputs() == null) {
            throw InvalidRequestException.of("inputs", "is required: a list of input objects, one per row");
        }
        List<Map<String, Object>> rows = new ArrayList<>(body.inputs().size());
        for (int i = 0; i < body.inputs().size(); i++) {
            Map<String, Object> row = body.inputs().get(i);
            if (row == null) {
                throw InvalidRequestException.of("inputs", "row " + i + " is not an object of input name to value");
            }
            rows.add(new LinkedHashMap<>(row));
        }
        return batch(body, rows, maxRows, modelsRequired);
    }

    /** The upload's fields as the JSON body would give them; numbers are parsed from their text. */
    static BatchRequest fromUpload(MultiValueMap<String, String> fields, List<Map<String, Object>> rows, int maxRows,
                                   boolean modelsRequired) {
        List<String> models = fields.getOrDefault("models", List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).filter(m -> !m.isEmpty()).toList();
        Long maxTokens = parse(fields, "max_tokens", true);
        if (maxTokens != null && (maxTokens > Integer.MAX_VALUE || maxTokens < Integer.MIN_VALUE)) {
            throw InvalidRequestException.of("max_tokens", "must be a whole number");
        }
        Double temperature = parse(fields, "temperature", false);
        Double topP = parse(fields, "top_p", false);
        BatchSchemas.Request request = new BatchSchemas.Request(fields.getFirst("template_id"), fields.getFirst("version"),
                fields.getFirst("label"), models.isEmpty() ? null : models, null, null, fields.getFirst("name"),
                temperature, maxTokens == null ? null : maxTokens.intValue(), topP);
        return batch(request, rows, maxRows, modelsRequired);
    }

    private static BatchRequest batch(BatchSchemas.Request body, List<Map<String, Object>> rows, int maxRows,
                                      boolean modelsRequired) {
        if (rows.isEmpty()) {
            throw InvalidRequestException.of("inputs", "has no rows; a batch needs at least one input row");
        }
        if (rows.size() > maxRows) {
            throw new BodyTooLargeException("the batch has " + rows.size() + " rows; a batch may have at most " + maxRows
                    + " (dakora.jobs.max-batch-rows); split the rows into several batches");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("template_id", body.templateId());
        fields.put("version", body.version());
        fields.put("label", body.label());
        fields.put("name", body.name());
        Map<String, Object> topLevel = new LinkedHashMap<>();
        topLevel.put("temperature", body.temperature());
        topLevel.put("max_tokens", body.maxTokens());
        topLevel.put("top_p", body.topP());
        return new BatchRequest(JobRequests.text(fields, "template_id", true), JobRequests.text(fields, "version", false),
                JobRequests.versionOrLabel(fields), JobRequests.models(body.models(), modelsRequired), rows,
                JobRequests.params(body.params(), topLevel), name(fields));
    }

    private static String name(Map<String, Object> fields) {
        String name = JobRequests.text(fields, "name", false);
        if (name != null && name.strip().length() > MAX_NAME_CHARS) {
            throw InvalidRequestException.of("name", "may have at most " + MAX_NAME_CHARS + " characters");
        }
        return name == null ? null : name.strip();
    }

    @SuppressWarnings("unchecked")
    private static <T> T parse(MultiValueMap<String, String> fields, String field, boolean whole) {
        String value = fields.getFirst(field);
        if (value == null) {
            return null;
        }
        try {
            return whole ? (T) Long.valueOf(value.strip()) : (T) Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.of(field, whole ? "must be a whole number" : "must be a number");
        }
    }
}
