package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PythonFloats;
import dev.dakora.common.value.PythonFormat;
import dev.dakora.common.value.PythonRepr;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Jinja2's {@code tojson}: Python's {@code json.dumps(value, sort_keys=True)} (ASCII only,
 * {@code ", "} and {@code ": "} separators) made safe for HTML by escaping {@code < > & '}.
 */
final class PyJson {

    private PyJson() {
    }

    static String dump(Object value, Object indent) {
        String unit = switch (indent) {
            case null -> null;
            case Number n -> " ".repeat(n.intValue());
            default -> PyValues.str(indent);
        };
        StringBuilder out = new StringBuilder();
        append(out, value, unit, 0);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value, String unit, int level) {
        switch (value) {
            case null -> out.append("null");
            case Undefined u -> out.append("null");
            case Boolean b -> out.append(b);
            case Double d -> out.append(Double.isFinite(d) ? PythonFloats.repr(d) : d.isNaN() ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
            case Number n -> out.append(PythonFormat.str(n));
            case CharSequence s -> appendString(out, s.toString());
            case SafeString s -> appendString(out, s.toString());
            case PyNamespace ns -> throw new IllegalArgumentException("Object of type Namespace is not JSON serializable");
            case PythonRepr own -> throw new IllegalArgumentException("Object of type "
                    + PyValues.typeName(own) + " is not JSON serializable");
            case Map<?, ?> map -> appendMap(out, map, unit, level);
            case Collection<?> items -> appendList(out, items, unit, level);
            default -> appendString(out, PyValues.str(value));
        }
    }

    private static void appendList(StringBuilder out, Collection<?> items, String unit, int level) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        for (Object item : items) {
            separate(out, first, unit, level + 1);
            first = false;
            append(out, item, unit, level + 1);
        }
        newline(out, unit, level);
        out.append(']');
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map, String unit, int level) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(PyValues.str(k), v));
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            separate(out, first, unit, level + 1);
            first = false;
            appendString(out, entry.getKey());
            out.append(": ");
            append(out, entry.getValue(), unit, level + 1);
        }
        newline(out, unit, level);
        out.append('}');
    }

    private static void separate(StringBuilder out, boolean first, String unit, int level) {
        if (!first) {
            out.append(unit == null ? ", " : ",");
        }
        newline(out, unit, level);
    }

    private static void newline(StringBuilder out, String unit, int level) {
        if (unit != null) {
            out.append('\n').append(unit.repeat(level));
        }
    }

    private static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e || c == '<' || c == '>' || c == '&' || c == '\'') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
