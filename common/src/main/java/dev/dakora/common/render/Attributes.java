package dev.dakora.common.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Jinja2's attribute getters for filters ({@code sort(attribute='a.b')}, {@code map(attribute=...)}):
 * a dotted path of keys and list indexes, and {@code 'a,b'} for several keys at once.
 */
final class Attributes {

    private Attributes() {
    }

    /** The value at {@code path} in {@code item}, or {@link Undefined#INSTANCE} when some step is missing. */
    static Object get(Object item, String path) {
        if (path == null) {
            return item;
        }
        Object current = item;
        int from = 0;
        while (from <= path.length()) {
            int dot = path.indexOf('.', from);
            String part = path.substring(from, dot < 0 ? path.length() : dot);
            current = step(current, part);
            if (current == Undefined.INSTANCE || dot < 0) {
                return current;
            }
            from = dot + 1;
        }
        return current;
    }

    /** As {@link #get}, failing the render when the value is missing (Jinja2's strict undefined). */
    static Object require(Object item, String path) {
        Object value = get(item, path);
        if (value == Undefined.INSTANCE) {
            throw new IllegalArgumentException(PyMethods.typeName(item) + " object has no attribute '" + path + "'");
        }
        return value;
    }

    /** The key Jinja2 sorts and groups by: the value, lower-cased when strings compare without case. */
    static Object key(Object item, String path, boolean caseSensitive) {
        Object value = path == null ? item : require(item, path);
        return !caseSensitive && value instanceof CharSequence s ? s.toString().toLowerCase(Locale.ROOT) : value;
    }

    /** Jinja2's multi-attribute key for {@code sort(attribute='a,b')}: one key per comma-separated path. */
    static List<Object> keys(Object item, String paths, boolean caseSensitive) {
        List<Object> keys = new ArrayList<>();
        for (String path : paths.split(",")) {
            keys.add(key(item, path.strip(), caseSensitive));
        }
        return keys;
    }

    private static Object step(Object value, String part) {
        boolean index = !part.isEmpty() && part.chars().allMatch(Character::isDigit);
        return switch (value) {
            case Map<?, ?> map when map.containsKey(part) -> map.get(part);
            case GroupTuple group when !index -> group.attribute(part);
            case List<?> list when index && part.length() < 10 && Integer.parseInt(part) < list.size() ->
                    list.get(Integer.parseInt(part));
            case null, default -> Undefined.INSTANCE;
        };
    }
}
