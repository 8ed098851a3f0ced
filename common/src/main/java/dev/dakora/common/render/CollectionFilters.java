package dev.dakora.common.render;

import com.hubspot.jinjava.lib.filter.Filter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Jinja2's sequence filters, iterating values as Python does (a string is a sequence of characters). */
final class CollectionFilters {

    private CollectionFilters() {
    }

    static List<Filter> all() {
        return List.of(
                new NamedFilter("first", (v, a) -> {
                    List<Object> items = PyValues.list(v);
                    return items.isEmpty() ? Undefined.INSTANCE : items.getFirst();
                }),
                new NamedFilter("last", (v, a) -> {
                    List<Object> items = PyValues.list(v);
                    return items.isEmpty() ? Undefined.INSTANCE : items.getLast();
                }),
                new NamedFilter("length", (v, a) -> length(v)),
                new NamedFilter("count", (v, a) -> length(v)),
                new NamedFilter("join", (v, a) -> PyValues.list(v).stream().map(PyValues::str)
                        .collect(Collectors.joining(a.string(0, "d", "")))),
                new NamedFilter("sort", CollectionFilters::sort));
    }

    private static long length(Object value) {
        return switch (value) {
            case CharSequence s -> s.toString().codePointCount(0, s.length());
            case Collection<?> c -> c.size();
            case Map<?, ?> m -> m.size();
            case null -> throw new IllegalArgumentException("length of None is undefined");
            default -> PyValues.str(value).length();
        };
    }

    /** Jinja2's {@code sort(reverse=False, case_sensitive=False)}: a stable sort, strings compared caseless. */
    private static Object sort(Object value, FilterArgs args) {
        boolean reverse = args.bool(0, "reverse", false);
        boolean caseSensitive = args.bool(1, "case_sensitive", false);
        List<Object> items = new ArrayList<>(PyValues.list(value));
        Comparator<Object> order = (x, y) -> compare(key(x, caseSensitive), key(y, caseSensitive));
        items.sort(reverse ? order.reversed() : order);
        return items;
    }

    private static Object key(Object value, boolean caseSensitive) {
        return !caseSensitive && value instanceof CharSequence s ? s.toString().toLowerCase(Locale.ROOT) : value;
    }

    private static int compare(Object x, Object y) {
        if (x instanceof Number || x instanceof Boolean) {
            if (y instanceof Number || y instanceof Boolean) {
                return Double.compare(PyNumbers.toDouble(x), PyNumbers.toDouble(y));
            }
        } else if (x instanceof CharSequence a && y instanceof CharSequence b) {
            return compareCodePoints(a.toString(), b.toString());
        }
        throw new IllegalArgumentException("sort cannot compare " + PyValues.str(x) + " with " + PyValues.str(y));
    }

    private static int compareCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
