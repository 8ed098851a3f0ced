package dev.dakora.common.event;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.cfg.DateTimeFeature;

import java.nio.charset.StandardCharsets;

/**
 * The one JSON form of every event, shared by all roles: snake_case fields, ISO-8601 instants, the
 * event kind in an {@code event} field. Unknown fields are ignored so a newer writer does not break an
 * older reader.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Object event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static String writeString(Object event) {
        return MAPPER.writeValueAsString(event);
    }

    /** @throws tools.jackson.core.JacksonException for bytes that are not a valid {@code type} */
    public static <T> T read(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    public static <T> T read(String json, Class<T> type) {
        return read(json.getBytes(StandardCharsets.UTF_8), type);
    }
}
