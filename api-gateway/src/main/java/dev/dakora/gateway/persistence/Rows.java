package dev.dakora.gateway.persistence;

import dev.dakora.common.event.EventJson;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads column values into the JSON shapes of the API: ISO-8601 UTC timestamps, jsonb as JSON values. */
final class Rows {

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
}
