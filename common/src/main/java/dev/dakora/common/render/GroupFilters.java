package dev.dakora.common.render;

import com.hubspot.jinjava.lib.filter.Filter;
import dev.dakora.common.value.PyTuple;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Jinja2's {@code groupby}, {@code unique} and {@code sum}; {@code batch} and {@code slice} are in {@link BatchFilters}. */
final class GroupFilters {

    private GroupFilters() {
    }

    static List<Filter> all() {
        return List.of(
                new NamedFilter("groupby", GroupFilters::groupby),
                new NamedFilter("unique", GroupFilters::unique),
                new NamedFilter("sum", GroupFilters::sum),
                new NamedFilter("batch", BatchFilters::batch),
                new NamedFilter("slice", BatchFilters::slice));
    }

    /** Jinja2's {@code groupby(attribute, default=None, case_sensitive=False)}: sorted groups of (grouper, list). */
    private static Object groupby(Object value, FilterArgs args) {
        String attribute = args.string(0, "attribute", null);
        Object fallback = args.get(1, "default", null);
        boolean caseSensitive = args.bool(2, "case_sensitive", false);
        List<Object> items = new ArrayList<>(PyIterable.items(value));
        items.sort((x, y) -> SortOrder.compare(groupKey(x, attribute, fallback, caseSensitive),
                groupKey(y, attribute, fallback, caseSensitive)));
        List<Object> groups = new ArrayList<>();
        Object key = null;
        List<Object> members = null;
        for (Object item : items) {
            Object itemKey = groupKey(item, attribute, fallback, caseSensitive);
            if (members == null || SortOrder.compare(itemKey, key) != 0) {
                members = new ArrayList<>();
                key = itemKey;
                groups.add(new GroupTuple(groupKey(item, attribute, fallback, true), members));
            }
            members.add(item);
        }
        return groups;
    }

    private static Object groupKey(Object item, String attribute, Object fallback, boolean caseSensitive) {
        Object value = Attributes.get(item, attribute);
        if (value == Undefined.INSTANCE && fallback != null) {
            value = fallback;
        }
        return value == Undefined.INSTANCE ? Attributes.key(item, attribute, caseSensitive)
                : Attributes.key(value, null, caseSensitive);
    }

    /** Jinja2's {@code unique(case_sensitive=False, attribute=None)}: first occurrences, in order. */
    private static Object unique(Object value, FilterArgs args) {
        boolean caseSensitive = args.bool(0, "case_sensitive", false);
        String attribute = args.string(1, "attribute", null);
        Set<Object> seen = new HashSet<>();
        List<Object> out = new ArrayList<>();
        for (Object item : PyIterable.items(value)) {
            Object key = Attributes.key(item, attribute, caseSensitive);
            if (key instanceof Map<?, ?> || key instanceof List<?> && !(key instanceof dev.dakora.common.value.PyTuple)) {
                throw PyFailure.error("unhashable type: '" + PyValues.typeName(key) + "'");
            }
            if (seen.add(hashKey(key))) {
                out.add(item);
            }
        }
        return out;
    }

    /** The key as Python hashes it: {@code 1}, {@code 1.0} and {@code True} are one key. */
    private static Object hashKey(Object key) {
        return switch (key) {
            case Boolean b -> b ? 1.0 : 0.0;
            case BigInteger big -> big.bitLength() < 53 ? (Object) big.doubleValue() : big;
            case Double d -> d;
            case Number n -> n.doubleValue();
            case null, default -> key;
        };
    }

    /** Jinja2's {@code sum(attribute=None, start=0)}: whole numbers stay whole. */
    private static Object sum(Object value, FilterArgs args) {
        String attribute = args.string(0, "attribute", null);
        Object total = args.get(1, "start", 0L);
        for (Object item : PyIterable.items(value)) {
            total = add(total, attribute == null ? item : Attributes.require(item, attribute));
        }
        return total;
    }

    static Object add(Object a, Object b) {
        if (isWhole(a) && isWhole(b)) {
            BigInteger sum = whole(a).add(whole(b));
            return sum.bitLength() < 64 ? (Object) sum.longValue() : sum;
        }
        if ((a instanceof Number || a instanceof Boolean) && (b instanceof Number || b instanceof Boolean)) {
            return PyNumbers.toDouble(a) + PyNumbers.toDouble(b);
        }
        if (a instanceof List<?> x && b instanceof List<?> y && (a instanceof PyTuple) == (b instanceof PyTuple)) {
            OutputBudget.require((long) x.size() + y.size(), "the summed list");
            List<Object> joined = new ArrayList<>(x);
            joined.addAll(y);
            return a instanceof PyTuple ? PyTuple.of(joined.toArray()) : joined;
        }
        throw new IllegalArgumentException("unsupported operand type(s) for +: '" + PyMethods.typeName(a)
                + "' and '" + PyMethods.typeName(b) + "'");
    }

    private static boolean isWhole(Object value) {
        return value instanceof Boolean || PyNumbers.isInt(value);
    }

    private static BigInteger whole(Object value) {
        return switch (value) {
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case BigInteger i -> i;
            default -> BigInteger.valueOf(((Number) value).longValue());
        };
    }
}
