package dev.dakora.common.render;

import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.objects.PyWrapper;
import dev.dakora.common.value.PyTuple;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Jinja2's {@code groupby}, {@code unique}, {@code sum}, {@code batch} and {@code slice}. */
final class GroupFilters {

    private GroupFilters() {
    }

    static List<Filter> all() {
        return List.of(
                new NamedFilter("groupby", GroupFilters::groupby),
                new NamedFilter("unique", GroupFilters::unique),
                new NamedFilter("sum", GroupFilters::sum),
                new NamedFilter("batch", GroupFilters::batch),
                new NamedFilter("slice", GroupFilters::slice));
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

    /**
     * Jinja2's {@code batch(linecount, fill_with=None)}: lists of {@code linecount} items, the last one
     * filled. A fractional or non-numeric count is never reached, so all items make one batch; only an int
     * count can fill.
     */
    private static Object batch(Object value, FilterArgs args) {
        Object count = args.get(0, "linecount", 1L);
        boolean number = count instanceof Number || count instanceof Boolean;
        boolean fractional = count instanceof Double d ? d != Math.rint(d) : !number;
        double limit = count instanceof Double d ? d : fractional ? Double.NaN : args.integer(0, "linecount", 1);
        long size = fractional ? Long.MAX_VALUE : (long) limit;
        Object fill = args.get(1, "fill_with", null);
        List<Object> items = PyIterable.items(value);
        List<Object> batches = new ArrayList<>();
        List<Object> current = new ArrayList<>();
        for (Object item : items) {
            if (current.size() == size) {
                batches.add(current);
                current = new ArrayList<>();
            }
            current.add(item);
        }
        if (!current.isEmpty()) {
            if (fill != null && (!number || current.size() < limit)) {
                if (!(count instanceof Long || count instanceof Integer || count instanceof Boolean)) {
                    throw args.invalid("can't multiply sequence by non-int of type 'float'");
                }
                int missing = OutputBudget.require(size - current.size(), "the batch's filled list");
                current.addAll(java.util.Collections.nCopies(missing, fill));
            }
            batches.add(current);
        }
        return batches;
    }

    /** Jinja2's {@code slice(slices, fill_with=None)}: {@code slices} columns, the longer ones first. */
    private static Object slice(Object value, FilterArgs args) {
        int slices = OutputBudget.require(args.integer(0, "slices", 1), "the number of slices");
        if (slices <= 0) {
            throw args.invalid("needs a positive number of slices");
        }
        Object fill = args.get(1, "fill_with", null);
        List<Object> items = PyIterable.items(value);
        int perSlice = items.size() / slices;
        int withExtra = items.size() % slices;
        int offset = 0;
        List<Object> out = new ArrayList<>(slices);
        for (int i = 0; i < slices; i++) {
            int start = offset + i * perSlice;
            if (i < withExtra) {
                offset++;
            }
            int end = offset + (i + 1) * perSlice;
            List<Object> part = new ArrayList<>(items.subList(start, end));
            if (fill != null && i >= withExtra) {
                part.add(fill);
            }
            out.add(part);
        }
        return out;
    }

    /**
     * A group of {@code groupby}: the tuple {@code (grouper, list)}, also read as {@code .grouper} and
     * {@code .list}. Jinjava keeps a {@link PyWrapper} as it is when a variable holds it.
     */
    static final class GroupTuple extends PyTuple implements PyWrapper {

        GroupTuple(Object grouper, List<Object> list) {
            super(new Object[] {grouper, list});
        }

        /** The value of {@code .grouper} or {@code .list}, else {@link Undefined#INSTANCE}. */
        Object attribute(String name) {
            return switch (name) {
                case "grouper" -> get(0);
                case "list" -> get(1);
                default -> Undefined.INSTANCE;
            };
        }

        List<Object> asTuple() {
            return this;
        }
    }
}
