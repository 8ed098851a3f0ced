package dev.dakora.sink.persistence;

import dev.dakora.common.event.EventJson;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Columns of a multi-row write as PostgreSQL arrays: a batch goes to the database as one statement whose
 * parameters are one array per column, unnested into rows.
 */
final class SqlArrays {

    private SqlArrays() {
    }

    static <T> String[] texts(List<T> rows, Function<T, String> column) {
        return rows.stream().map(column).toArray(String[]::new);
    }

    static <T> Integer[] ints(List<T> rows, Function<T, Integer> column) {
        return rows.stream().map(column).toArray(Integer[]::new);
    }

    static <T> Long[] longs(List<T> rows, Function<T, Long> column) {
        return rows.stream().map(column).toArray(Long[]::new);
    }

    static <T> Double[] doubles(List<T> rows, Function<T, Double> column) {
        return rows.stream().map(column).toArray(Double[]::new);
    }

    static <T> Boolean[] booleans(List<T> rows, Function<T, Boolean> column) {
        return rows.stream().map(column).toArray(Boolean[]::new);
    }

    /** Cast with {@code ::timestamptz[]} in the statement. */
    static <T> String[] instants(List<T> rows, Function<T, Instant> column) {
        return texts(rows, row -> text(column.apply(row)));
    }

    /** Cast with {@code ::numeric[]} in the statement. */
    static <T> String[] decimals(List<T> rows, Function<T, BigDecimal> column) {
        return texts(rows, row -> {
            BigDecimal value = column.apply(row);
            return value == null ? null : value.toPlainString();
        });
    }

    /** Cast with {@code ::jsonb[]} in the statement. */
    static <T> String[] json(List<T> rows, Function<T, Object> column) {
        return texts(rows, row -> {
            Object value = column.apply(row);
            return value == null ? null : EventJson.writeString(value);
        });
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
