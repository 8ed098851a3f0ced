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
 * {@code name}, {@code temperature}, {@code max_tokens}, {@code top_p}. A validation
 * ({@code POST /api/batches/validate}) reads the same and does not need {@code models}.
 */
final class BatchRequests {

    static final int MAX_NAME_CHARS = 200;

    private BatchRequests() {
    }

    static BatchRequest fromJson(Map<String, Object> body, int maxRows, boolean modelsRequired) {
        Object inputs = body.get("inputs");
        if (!(inputs instanceof List<?> list)) {
            throw InvalidRequestException.of("inputs", "is required: a list of input objects, one per row");
        }
        List<Map<String, Object>> rows = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> row)) {
                throw InvalidRequestException.of("inputs", "row " + i + " is not an object of input name to value");
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            row.forEach((key, value) -> copy.put(String.valueOf(key), value));
            rows.add(copy);
        }
        return batch(body, rows, maxRows, modelsRequired);
    }

    static BatchRequest fromUpload(MultiValueMap<String, String> fields, List<Map<String, Object>> rows, int maxRows,
                                   boolean modelsRequired) {
        Map<String, Object> body = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (!values.isEmpty()) {
                body.put(name, values.getFirst());
            }
        });
        List<String> models = fields.getOrDefault("models", List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).filter(m -> !m.isEmpty()).toList();
        body.put("models", models.isEmpty() ? null : models);
        for (String number : List.of("temperature", "top_p")) {
            body.computeIfPresent(number, (key, value) -> parse(key, (String) value, false));
        }
        body.computeIfPresent("max_tokens", (key, value) -> parse(key, (String) value, true));
        return batch(body, rows, maxRows, modelsRequired);
    }

    private static BatchRequest batch(Map<String, Object> body, List<Map<String, Object>> rows, int maxRows, boolean modelsRequired) {
        if (rows.isEmpty()) {
            throw InvalidRequestException.of("inputs", "has no rows; a batch needs at least one input row");
        }
        if (rows.size() > maxRows) {
            throw new BodyTooLargeException("the batch has " + rows.size() + " rows; a batch may have at most " + maxRows
                    + " (dakora.jobs.max-batch-rows); split the rows into several batches");
        }
        return new BatchRequest(JobRequests.text(body, "template_id", true), JobRequests.text(body, "version", false),
                JobRequests.versionOrLabel(body), JobRequests.models(body.get("models"), modelsRequired), rows,
                JobRequests.params(body.get("params"), body), name(body));
    }

    private static String name(Map<String, Object> body) {
        String name = JobRequests.text(body, "name", false);
        if (name != null && name.strip().length() > MAX_NAME_CHARS) {
            throw InvalidRequestException.of("name", "may have at most " + MAX_NAME_CHARS + " characters");
        }
        return name == null ? null : name.strip();
    }

    private static Object parse(String field, String value, boolean whole) {
        try {
            return whole ? (Object) Long.parseLong(value.strip()) : (Object) Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.of(field, whole ? "must be a whole number" : "must be a number");
        }
    }
}
