package dev.dakora.gateway.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One page of a list: {@code {"items":[...],"next_cursor":"..."|null}}. */
public record Page(List<Map<String, Object>> items, String nextCursor) {

    /** From {@code limit + 1} rows read: the extra row only tells that another page exists. */
    static Page of(List<Map<String, Object>> rows, int limit, Function<Map<String, Object>, PageCursor> position) {
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        List<Map<String, Object>> items = rows.subList(0, limit);
        return new Page(items, position.apply(items.getLast()).encode());
    }

    public Map<String, Object> toMap() {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("next_cursor", nextCursor);
        return page;
    }
}
