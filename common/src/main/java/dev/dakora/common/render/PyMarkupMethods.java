package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.NamedParameter;
import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PyTuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The str methods of safe text ({@link Markup}) as MarkupSafe 3 defines them: the methods that
 * build text give safe text back, and escape what they insert ({@code replace}'s new text, a fill
 * character, {@code join}'s items, {@code format}'s values): {@code ('a'|safe).replace('a', '<')} is
 * {@code &lt;}. The other methods answer as on a plain str.
 */
final class PyMarkupMethods {

    private static final Set<String> WRAPPED = Set.of("capitalize", "title", "lower", "upper", "replace", "ljust",
            "rjust", "lstrip", "rstrip", "center", "strip", "expandtabs", "swapcase", "zfill", "partition",
            "rpartition", "format", "format_map", "join", "split", "rsplit", "splitlines", "__add__", "__mul__",
            "__rmul__", "__getitem__", "casefold", "removeprefix", "removesuffix");

    private PyMarkupMethods() {
    }

    static Object call(Markup text, String name, Object[] args) {
        if (!WRAPPED.contains(name)) {
            return PyStrings.call(text.text(), name, MethodArgs.of(args));
        }
        Object[] escaped = args.clone();
        switch (name) {
            case "replace", "ljust", "rjust", "center" -> escapeAt(escaped, 1);
            case "__add__" -> escapeAt(escaped, 0);
            case "join" -> escaped[0] = PyValues.iterable(args[0]).stream().map(PyMarkupMethods::escape).toList();
            case "format", "format_map" -> {
                for (int i = 0; i < escaped.length; i++) {
                    escaped[i] = formatted(escaped[i]);
                }
            }
            default -> {
            }
        }
        return wrap(PyStrings.call(text.text(), name, MethodArgs.of(escaped)));
    }

    private static void escapeAt(Object[] args, int index) {
        if (index < args.length && !(args[index] instanceof NamedParameter)) {
            args[index] = args[index] instanceof CharSequence || args[index] instanceof SafeString
                    ? escape(args[index]) : args[index];
        }
    }

    /** MarkupSafe's {@code escape}: safe text as it is, anything else as its escaped str. */
    private static String escape(Object value) {
        return switch (value) {
            case Markup m -> m.text();
            case SafeString s -> s.toString();
            case null, default -> MarkupFilters.escape(PyValues.str(value));
        };
    }

    /** A value {@code format} inserts: numbers keep their format spec, text and the rest are escaped. */
    private static Object formatted(Object value) {
        return switch (value) {
            case NamedParameter named -> new NamedParameter(named.getName(), formatted(named.getValue()));
            case Number n -> n;
            case Boolean b -> b;
            case Map<?, ?> map when !map.isEmpty() && map.keySet().stream().allMatch(String.class::isInstance) -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(k, formatted(v)));
                yield out;
            }
            case null, default -> escape(value);
        };
    }

    private static Object wrap(Object result) {
        return switch (result) {
            case String s -> new Markup(s);
            case PyTuple tuple -> PyTuple.of(tuple.stream().map(PyMarkupMethods::wrap).toArray());
            case List<?> list -> {
                List<Object> out = new ArrayList<>(list.size());
                list.forEach(item -> out.add(wrap(item)));
                yield out;
            }
            case null, default -> result;
        };
    }
}
