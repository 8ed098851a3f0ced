package dev.dakora.common.render;

import com.hubspot.jinjava.lib.filter.Filter;
import dev.dakora.common.value.PyTuple;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Jinja2's sequence filters, iterating values as Python does (a string is a sequence of characters). */
final class CollectionFilters {

    private CollectionFilters() {
    }

    static List<Filter> all() {
        return List.of(
                new NamedFilter("first", (v, a) -> {
                    List<Object> items = PyIterable.items(v);
                    return items.isEmpty() ? Undefined.INSTANCE : items.getFirst();
                }),
                new NamedFilter("last", (v, a) -> {
                    List<Object> items = PyIterable.items(v);
                    return items.isEmpty() ? Undefined.INSTANCE : items.getLast();
                }),
                new NamedFilter("length", (v, a) -> PyIterable.length(v)),
                new NamedFilter("count", (v, a) -> PyIterable.length(v)),
                new NamedFilter("list", (v, a) -> PyIterable.items(v)),
                new NamedFilter("reverse", CollectionFilters::reverse),
                new NamedFilter("items", CollectionFilters::items),
                new NamedFilter("join", CollectionFilters::join),
                new NamedFilter("sort", CollectionFilters::sort),
                new NamedFilter("dictsort", CollectionFilters::dictsort),
                new NamedFilter("min", (v, a) -> extreme(v, a, -1)),
                new NamedFilter("max", (v, a) -> extreme(v, a, 1)));
    }

    private static Object reverse(Object value, FilterArgs args) {
        if (value instanceof CharSequence || value instanceof com.hubspot.jinjava.objects.SafeString) {
            return new StringBuilder(PyValues.str(value)).reverse().toString();
        }
        List<Object> items = new ArrayList<>(PyIterable.items(value));
        Collections.reverse(items);
        return items;
    }

    private static Object items(Object value, FilterArgs args) {
        if (value == Undefined.INSTANCE) {
            return List.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw args.invalid("can only be used on mappings, got " + PyMethods.typeName(value));
        }
        List<Object> pairs = new ArrayList<>(map.size());
        map.forEach((k, v) -> pairs.add(PyTuple.of(k, v)));
        return pairs;
    }

    /** Jinja2's {@code join(d='', attribute=None)}, refusing a result longer than the output cap before building it. */
    private static Object join(Object value, FilterArgs args) {
        String separator = PyValues.str(args.get(0, "d", ""));
        String attribute = args.string(1, "attribute", null);
        List<Object> items = PyIterable.items(value);
        List<String> parts = new ArrayList<>(items.size());
        long size = OutputBudget.times(separator.length(), Math.max(0, items.size() - 1));
        for (Object item : items) {
            String part = PyValues.str(attribute == null ? item : Attributes.require(item, attribute));
            size += part.length();
            OutputBudget.require(size, "the joined text");
            parts.add(part);
        }
        return String.join(separator, parts);
    }

    /** Jinja2's {@code sort(reverse=False, case_sensitive=False, attribute=None)}: stable, strings caseless. */
    private static Object sort(Object value, FilterArgs args) {
        boolean reverse = args.bool(0, "reverse", false);
        boolean caseSensitive = args.bool(1, "case_sensitive", false);
        String attribute = args.string(2, "attribute", null);
        List<Object> items = new ArrayList<>(PyIterable.items(value));
        Comparator<Object> order = attribute == null
                ? (x, y) -> SortOrder.compare(Attributes.key(x, null, caseSensitive), Attributes.key(y, null, caseSensitive))
                : (x, y) -> SortOrder.compare(Attributes.keys(x, attribute, caseSensitive), Attributes.keys(y, attribute, caseSensitive));
        items.sort(reverse ? order.reversed() : order);
        return items;
    }

    /** Jinja2's {@code dictsort(case_sensitive=False, by='key', reverse=False)}: (key, value) pairs. */
    private static Object dictsort(Object value, FilterArgs args) {
        if (!(value instanceof Map<?, ?> map)) {
            throw args.invalid("needs a dict, got " + PyValues.str(value));
        }
        boolean caseSensitive = args.bool(0, "case_sensitive", false);
        String by = args.string(1, "by", "key");
        if (!"key".equals(by) && !"value".equals(by)) {
            throw args.invalid("can only sort by 'key' or 'value'");
        }
        int position = "value".equals(by) ? 1 : 0;
        boolean reverse = args.bool(2, "reverse", false);
        List<PyTuple> pairs = new ArrayList<>();
        map.forEach((k, v) -> pairs.add(PyTuple.of(k, v)));
        Comparator<PyTuple> order = (x, y) -> SortOrder.compare(Attributes.key(x.get(position), null, caseSensitive),
                Attributes.key(y.get(position), null, caseSensitive));
        pairs.sort(reverse ? order.reversed() : order);
        return pairs;
    }

    /** Jinja2's {@code min} / {@code max(case_sensitive=False, attribute=None)}: the first smallest or largest item. */
    private static Object extreme(Object value, FilterArgs args, int sign) {
        boolean caseSensitive = args.bool(0, "case_sensitive", false);
        String attribute = args.string(1, "attribute", null);
        Object best = Undefined.INSTANCE;
        Object bestKey = null;
        for (Object item : PyIterable.items(value)) {
            Object key = Attributes.key(item, attribute, caseSensitive);
            if (best == Undefined.INSTANCE || sign * SortOrder.compare(key, bestKey) > 0) {
                best = item;
                bestKey = key;
            }
        }
        return best;
    }
}
