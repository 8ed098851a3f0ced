package dev.dakora.gateway.persistence;

import org.springframework.r2dbc.core.DatabaseClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A SELECT whose WHERE clause has only the filters a request set, with their bound values. */
final class Query {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    Query where(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            values.put(name, value);
        }
        return this;
    }

    Query after(PageCursor cursor, String idColumn) {
        if (cursor != null) {
            conditions.add("(created_at, " + idColumn + ") < (:cursor_at, :cursor_id)");
            values.put("cursor_at", cursor.timestamp());
            values.put("cursor_id", cursor.id());
        }
        return this;
    }

    String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    DatabaseClient.GenericExecuteSpec bindTo(DatabaseClient.GenericExecuteSpec spec) {
        for (Map.Entry<String, Object> value : values.entrySet()) {
            spec = spec.bind(value.getKey(), value.getValue());
        }
        return spec;
    }
}
