package dev.dakora.gateway.persistence;

import dev.dakora.common.event.EventJson;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import tools.jackson.core.type.TypeReference;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Reads column values into the JSON shapes of the API: ISO-8601 UTC timestamps, jsonb as JSON values. */
final class Rows {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private Rows() {
    }

    static String instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
    }

    static Object json(Readable row, String column) {
        Json value = row.get(column, Json.class);
        return value == null ? null : EventJson.mapper().readValue(value.asArray(), Object.class);
    }

    /** A jsonb object (inputs) as a map; {@code null} for SQL NULL. */
    static Map<String, Object> object(Readable row, String column) {
        Json value = row.get(column, Json.class);
        return value == null ? null : EventJson.mapper().readValue(value.asArray(), OBJECT);
    }

    /** A jsonb array of strings (model names); {@code null} for SQL NULL. */
    static List<String> strings(Readable row, String column) {
        Json value = row.get(column, Json.class);
        return value == null ? null : EventJson.mapper().readValue(value.asArray(), STRINGS);
    }
}
