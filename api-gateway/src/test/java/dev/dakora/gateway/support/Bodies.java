package dev.dakora.gateway.support;

import org.springframework.core.ParameterizedTypeReference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Shapes and builders for request and response bodies in tests. */
public final class Bodies {

    public static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };
    public static final ParameterizedTypeReference<List<String>> STRINGS = new ParameterizedTypeReference<>() {
    };

    private static final AtomicInteger IDS = new AtomicInteger();

    private Bodies() {
    }

    /** A template id no other test uses. */
    public static String uniqueId(String base) {
        return base + "-" + IDS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    /** {@code {"id","template":"Hello {{ name }}!","inputs":{"name":{"type":"string"}}}}. */
    public static Map<String, Object> greeting(String id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("description", "Greets someone");
        body.put("template", "Hello {{ name }}!");
        body.put("inputs", Map.of("name", Map.of("type", "string", "required", true)));
        body.put("metadata", Map.of("tags", List.of("demo")));
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
