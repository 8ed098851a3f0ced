package dev.dakora.gateway.openapi;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which operations of an OpenAPI document lack a request schema (when they take a body), a 2xx response schema,
 * or a schema for a 4xx response that has content. A schema counts when it names its shape: a {@code $ref}, an
 * object with properties, an array of such, or a scalar; a bare object, or one with only
 * {@code additionalProperties} (an open map), does not.
 */
record SchemaCoverage(int operations, List<String> missing) {

    private static final Set<String> WITH_BODY = Set.of("post", "put", "patch");

    /** @param bodiless operations ({@code "POST /path"}) that take no body by design */
    static SchemaCoverage of(JsonNode document, Set<String> bodiless) {
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : document.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                String method = entry.getKey();
                if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                operations++;
                String name = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
                JsonNode operation = entry.getValue();
                if (WITH_BODY.contains(method) && !bodiless.contains(name) && !contentTyped(operation.path("requestBody"))) {
                    missing.add(name + ": no request schema");
                }
                if (!successTyped(operation.path("responses"))) {
                    missing.add(name + ": no 2xx response schema");
                }
                for (var response : operation.path("responses").properties()) {
                    if (response.getKey().startsWith("4") && !response.getValue().path("content").isEmpty()
                            && !contentTyped(response.getValue())) {
                        missing.add(name + ": no " + response.getKey() + " response schema");
                    }
                }
            }
        }
        return new SchemaCoverage(operations, List.copyOf(missing));
    }

    int covered() {
        return operations - (int) missing.stream().map(m -> m.substring(0, m.indexOf(':'))).distinct().count();
    }

    private static boolean successTyped(JsonNode responses) {
        boolean any = false;
        for (var response : responses.properties()) {
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            any = true;
            if (!response.getKey().equals("204") && !contentTyped(response.getValue())) {
                return false;
            }
        }
        return any;
    }

    private static boolean contentTyped(JsonNode withContent) {
        JsonNode content = withContent.path("content");
        if (content.isEmpty()) {
            return false;
        }
        for (JsonNode media : content) {
            if (!typed(media.path("schema"))) {
                return false;
            }
        }
        return true;
    }

    static boolean typed(JsonNode schema) {
        if (schema.has("$ref")) {
            return true;
        }
        for (String combined : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.has(combined)) {
                for (JsonNode part : schema.get(combined)) {
                    if (!typed(part)) {
                        return false;
                    }
                }
                return true;
            }
        }
        Set<String> types = new java.util.HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else if (type.isString()) {
            types.add(type.asString());
        }
        types.remove("null");
        if (types.contains("array")) {
            return typed(schema.path("items"));
        }
        if (types.contains("object")) {
            return !schema.path("properties").isEmpty();
        }
        return !types.isEmpty() && Set.of("string", "integer", "number", "boolean").containsAll(types);
    }
}
