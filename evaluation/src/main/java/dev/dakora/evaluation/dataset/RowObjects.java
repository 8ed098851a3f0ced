package dev.dakora.evaluation.dataset;

import dev.dakora.common.value.Values;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.Set;

/** Reads a JSON row object: {@code {"inputs": {...}, "expected": "...", "metadata": {...}}}. */
final class RowObjects {

    /** Reads one whole line or document: nothing may follow the value. */
    static final JsonMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    /** Reads one value out of a stream that goes on after it. */
    static final JsonMapper STREAM = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Set<String> FIELDS = Set.of("inputs", "expected", "metadata");

    private RowObjects() {
    }

    static void read(JsonNode node, int row, int line, Rows rows) {
        if (!node.isObject()) {
            rows.error(row, line, null, "a row must be an object with inputs, expected and metadata");
            return;
        }
        for (String name : node.propertyNames()) {
            if (!FIELDS.contains(name)) {
                rows.error(row, line, name, "is not a row field (a row has inputs, expected, metadata)");
                return;
            }
        }
        JsonNode inputs = node.get("inputs");
        JsonNode expected = node.get("expected");
        JsonNode metadata = node.get("metadata");
        if (inputs != null && !inputs.isNull() && !inputs.isObject()) {
            rows.error(row, line, "inputs", "must be an object of input names to values");
        } else if (expected != null && !expected.isNull() && !expected.isString()) {
            rows.error(row, line, "expected", "must be a string");
        } else if (metadata != null && !metadata.isNull() && !metadata.isObject()) {
            rows.error(row, line, "metadata", "must be an object");
        } else {
            rows.add(new DatasetRow(row, line, map(inputs), expected == null || expected.isNull() ? null : expected.asString(),
                    map(metadata)));
        }
    }

    private static Map<String, Object> map(JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        return Values.normalizeMap(MAPPER.treeToValue(node, Map.class));
    }
}
