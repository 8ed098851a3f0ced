package dev.dakora.evaluation.assertion;

import java.util.Map;

/** The output is JSON that the JSON Schema {@code value} accepts. */
public record JsonSchemaMatch(Map<String, Object> value, double weight) implements AssertionSpec {

    public static final String TYPE = "json-schema";

    public JsonSchemaMatch {
        JsonSchemas.compile(value);
        value = Map.copyOf(value);
        Specs.weight(weight);
    }

    static JsonSchemaMatch read(SpecFields f) {
        Object schema = f.raw("value");
        if (schema != null && !(schema instanceof Map<?, ?>)) {
            throw new SpecFieldException("value", "must be a JSON Schema object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) schema;
        return new JsonSchemaMatch(map, f.weight());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = Specs.map(TYPE);
        map.put("value", value);
        return Specs.withWeight(map, weight);
    }
}
