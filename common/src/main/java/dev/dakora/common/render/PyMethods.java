package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PyTuple;
import dev.dakora.common.value.PythonFormat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The Python methods templates may call: on {@code str}, {@code dict} and {@code list}, nothing else. */
final class PyMethods {

    private static final Set<String> STR = Set.of("upper", "lower", "strip", "lstrip", "rstrip", "startswith",
            "endswith", "split", "rsplit", "replace", "title", "capitalize", "count", "find", "rfind", "index",
            "rindex", "join", "isdigit", "isalpha", "isspace", "islower", "isupper", "splitlines", "format", "ljust",
            "rjust", "center", "zfill", "swapcase", "casefold", "isalnum", "isnumeric", "isdecimal", "istitle",
            "isascii", "isidentifier", "partition", "rpartition", "removeprefix", "removesuffix");
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

    /** Calls the method; a Python error (an {@code index} not found, a bad format) fails the render. */
    static Object call(Object base, String name, Object[] args) {
        try {
            return dispatch(base, name, args);
        } catch (RenderAbort | RenderException e) {
            throw e;
        } catch (RuntimeException e) {
            RenderException failure = new RenderException(RenderException.Kind.FAILED,
                    typeName(base) + "." + name + "() failed: " + e.getMessage());
            if (com.hubspot.jinjava.interpret.JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed) {
                sandboxed.state().fail(new RenderException(failure.kind(), failure.getMessage(), sandboxed.getLineNumber(), null));
            }
            throw failure;
        }
    }

    private static Object dispatch(Object base, String name, Object[] args) {
        return switch (base) {
            case Map<?, ?> map -> callDict(map, name, args);
            case List<?> list -> callList(list, name, args);
            default -> PyStrings.call(PyValues.str(base), name, MethodArgs.of(args));
        };
    }

    private static Object callDict(Map<?, ?> map, String name, Object[] args) {
        return switch (name) {
            case "items" -> map.entrySet().stream().map(e -> PyTuple.of(e.getKey(), e.getValue())).toList();
            case "keys" -> new ArrayList<>(map.keySet());
            case "values" -> new ArrayList<>(map.values());
            default -> {
                Object key = arg(args, 0, null);
                yield map.containsKey(key) ? map.get(key) : arg(args, 1, null);
            }
        };
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
        List<String> parts = new ArrayList<>(items.size());
        long size = OutputBudget.times(separator.length(), Math.max(0, items.size() - 1));
        for (Object item : items) {
            if (!(item instanceof CharSequence || item instanceof SafeString)) {
                throw new IllegalArgumentException("sequence item " + parts.size() + ": expected str instance, "
                        + typeName(item) + " found");
            }
            String part = PyValues.str(item);
            size += part.length();
            OutputBudget.require(size, "the joined text");
            parts.add(part);
        }
        return String.join(separator, parts);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
