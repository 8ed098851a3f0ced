package dev.dakora.gateway.persistence;

import java.util.List;
import java.util.function.Function;

/** One page of a list, newest first: its items and the cursor of the next page ({@code null} on the last). */
public record Page<T>(List<T> items, String nextCursor) {

    /** From {@code limit + 1} rows read: the extra row only tells that another page exists. */
    static <T> Page<T> of(List<T> rows, int limit, Function<T, PageCursor> position) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(items, position.apply(items.getLast()).encode());
    }
}
