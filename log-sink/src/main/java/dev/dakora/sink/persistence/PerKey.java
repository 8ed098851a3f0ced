package dev.dakora.sink.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One row per key for an upsert: PostgreSQL refuses to update the same row twice in one statement, and
 * a key's events of one batch arrive in order, so the first or the last of them stands for all.
 */
final class PerKey {

    private PerKey() {
    }

    static <T> List<T> first(List<T> rows, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.putIfAbsent(key.apply(row), row));
        return new ArrayList<>(byKey.values());
    }

    static <T> List<T> last(List<T> rows, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.put(key.apply(row), row));
        return new ArrayList<>(byKey.values());
    }
}
