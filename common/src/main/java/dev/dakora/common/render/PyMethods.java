package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PythonFormat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The Python methods templates may call: on {@code str}, {@code dict} and {@code list}, nothing else. */
final class PyMethods {

    private static final Set<String> STR = Set.of("upper", "lower", "strip", "lstrip", "rstrip", "startswith",
            "endswith", "split", "replace", "title", "capitalize", "count", "find", "join", "isdigit", "isalpha",
            "isspace", "islower", "isupper", "splitlines");
    private static final Set<String> DICT = Set.of("items", "keys", "values", "get");
    private static final Set<String> LIST = Set.of("index", "count");

    private PyMethods() {
    }

    static boolean isMethod(Object base, String name) {
        return switch (base) {
            case CharSequence s -> STR.contains(name);
            case SafeString s -> STR.contains(name);
            case Map<?, ?> m -> DICT.contains(name);
            case List<?> l -> LIST.contains(name);
            case null, default -> false;
        };
    }

    static String typeName(Object base) {
        return switch (base) {
            case CharSequence s -> "str";
            case SafeString s -> "str";
            case Map<?, ?> m -> "dict";
            case List<?> l -> "list";
            case Boolean b -> "bool";
            case Number n -> PyNumbers.isInt(n) ? "int" : "float";
            case null -> "NoneType";
            default -> "object";
        };
    }

    static Object call(Object base, String name, Object[] args) {
        return switch (base) {
            case Map<?, ?> map -> callDict(map, name, args);
            case List<?> list -> callList(list, name, args);
            default -> PyStrings.call(PyValues.str(base), name, args);
        };
    }

    private static Object callDict(Map<?, ?> map, String name, Object[] args) {
        return switch (name) {
            case "items" -> map.entrySet().stream().map(e -> pair(e.getKey(), e.getValue())).toList();
            case "keys" -> new ArrayList<>(map.keySet());
            case "values" -> new ArrayList<>(map.values());
            default -> {
                Object key = arg(args, 0, null);
                yield map.containsKey(key) ? map.get(key) : arg(args, 1, null);
            }
        };
    }

    private static List<Object> pair(Object key, Object value) {
        List<Object> pair = new ArrayList<>(2);
        pair.add(key);
        pair.add(value);
        return pair;
    }

    private static Object callList(List<?> list, String name, Object[] args) {
        Object item = arg(args, 0, null);
        if (name.equals("count")) {
            return list.stream().filter(x -> equal(x, item)).count();
        }
        for (int i = 0; i < list.size(); i++) {
            if (equal(list.get(i), item)) {
                return (long) i;
            }
        }
        throw new IllegalArgumentException(PythonFormat.repr(item) + " is not in list");
    }

    /** Python's {@code ==} for the values inputs hold: 1 == 1.0, True == 1. */
    static boolean equal(Object a, Object b) {
        if ((a instanceof Number || a instanceof Boolean) && (b instanceof Number || b instanceof Boolean)) {
            return PyNumbers.toDouble(a) == PyNumbers.toDouble(b);
        }
        return a == null ? b == null : a.equals(b);
    }

    static Object arg(Object[] args, int index, Object fallback) {
        return index < args.length ? args[index] : fallback;
    }

    static String joinStrings(Object iterable, String separator) {
        Collection<Object> items = PyValues.list(iterable);
        return items.stream().map(PyValues::str).collect(Collectors.joining(separator));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
