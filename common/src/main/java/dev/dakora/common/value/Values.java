package dev.dakora.common.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings values from JSON or YAML parsers to one shape, so that equal documents give equal Java values:
 * whole numbers become {@link Long} (or {@link BigInteger} past its range), fractions {@link Double},
 * maps ordered {@code Map<String, Object>}, collections and arrays {@link List}.
 */
public final class Values {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Values() {
    }

    public static Object normalize(Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Long l -> l;
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case Byte b -> b.longValue();
            case BigInteger big -> big.compareTo(LONG_MIN) >= 0 && big.compareTo(LONG_MAX) <= 0 ? big.longValue() : big;
            case Double d -> d;
            case Float f -> Double.parseDouble(Float.toString(f));
            case BigDecimal dec -> dec.doubleValue();
            case Map<?, ?> map -> normalizeMap(map);
            case Collection<?> items -> normalizeList(items);
            case Object[] items -> normalizeList(List.of(items));
            case Character c -> c.toString();
            default -> value.toString();
        };
    }

    /** An unmodifiable, insertion-ordered copy of {@code map} with every value normalized. */
    public static Map<String, Object> normalizeMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k instanceof String s ? s : PythonFormat.str(normalize(k)), normalize(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static List<Object> normalizeList(Collection<?> items) {
        List<Object> copy = new ArrayList<>(items.size());
        items.forEach(item -> copy.add(normalize(item)));
        return Collections.unmodifiableList(copy);
    }

    public static boolean isWholeNumber(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger;
    }

    public static boolean isNumber(Object value) {
        return value instanceof Number;
    }
}
