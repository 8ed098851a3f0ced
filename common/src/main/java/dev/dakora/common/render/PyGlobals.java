package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.NamedParameter;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jinja2's global functions {@code dict(...)}, {@code joiner(sep)}, {@code cycler(*items)} and
 * {@code namespace(...)}.
 * Public only because Jinjava calls them by reflection; not part of the API.
 */
public final class PyGlobals {

    private PyGlobals() {
    }

    static List<ELFunctionDefinition> definitions() {
        return List.of(
                new ELFunctionDefinition("", "dict", PyGlobals.class, "dict", Object[].class),
                new ELFunctionDefinition("", "joiner", PyGlobals.class, "joiner", Object[].class),
                new ELFunctionDefinition("", "cycler", PyGlobals.class, "cycler", Object[].class),
                new ELFunctionDefinition("", "namespace", PyGlobals.class, "namespace", Object[].class));
    }

    /** {@code dict(a=1, b=2)}, or a copy of a dict (or of key-value pairs) given first, updated with the keywords. */
    public static Map<String, Object> dict(Object... args) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object arg : args) {
            switch (arg) {
                case NamedParameter named -> out.put(named.getName(), named.getValue());
                case Map<?, ?> map -> map.forEach((k, v) -> out.put(PyValues.str(k), v));
                case Collection<?> pairs -> {
                    int index = 0;
                    for (Object pair : pairs) {
                        List<Object> kv = pair instanceof Collection<?> || pair instanceof CharSequence
                                ? PyValues.iterable(pair) : List.of();
                        if (kv.size() != 2) {
                            throw new IllegalArgumentException("dictionary update sequence element #" + index
                                    + " has length " + kv.size() + "; 2 is required");
                        }
                        out.put(PyValues.str(kv.get(0)), kv.get(1));
                        index++;
                    }
                }
                case null, default -> throw new IllegalArgumentException("dict() takes keyword arguments, a dict or pairs");
            }
        }
        return out;
    }

    /** {@code namespace(mapping, key=value, ...)}: attributes {@code {% set ns.key = ... %}} can change. */
    public static PyNamespace namespace(Object... args) {
        return PyNamespace.of(args);
    }

    /** {@code joiner(sep=', ')}: a callable giving nothing the first time and {@code sep} after. */
    public static Joiner joiner(Object... args) {
        return new Joiner(args.length == 0 ? ", " : PyValues.str(args[0] instanceof NamedParameter n ? n.getValue() : args[0]));
    }

    /** {@code cycler(*items)}: {@code next()}, {@code reset()} and {@code current} over the items. */
    public static Cycler cycler(Object... items) {
        if (items.length == 0) {
            throw new IllegalArgumentException("at least one item has to be provided");
        }
        return new Cycler(List.of(items));
    }
}
