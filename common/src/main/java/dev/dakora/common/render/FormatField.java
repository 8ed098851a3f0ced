package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PythonFormat;

import java.util.List;
import java.util.Map;

/**
 * A {@code str.format} field as Python reads it: where it ends, its numbering, its conversion
 * ({@code !r}, {@code !a}), and the rest after its name: {@code [2]} indexes a
 * str, list or dict by number, {@code [key]} looks up a dict key, and {@code .name} reads an
 * attribute, which none of the values templates hold has.
 */
final class FormatField {

    private FormatField() {
    }

    /** The value {@code path} (such as {@code [0][key]}) leads to from {@code value}. */
    static Object access(Object value, String path) {
        Object current = value;
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            int end = c == '[' ? path.indexOf(']', i) : i + 1;
            if (c == '.') {
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                throw new IllegalArgumentException("'" + PyValues.typeName(current) + "' object has no attribute '"
                        + path.substring(i + 1, end) + "'");
            } else if (c == '[' && end > 0) {
                current = item(current, path.substring(i + 1, end));
                i = end + 1;
            } else {
                throw new IllegalArgumentException("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return current;
    }

    /** A field's {@code [key]}: digits index a str, list or dict by number, other text looks up a dict key. */
    private static Object item(Object value, String key) {
        boolean index = !key.isEmpty() && key.length() < 10 && key.chars().allMatch(c -> c >= '0' && c <= '9');
        if (value instanceof Map<?, ?> map) {
            Object k = index ? (Object) Long.parseLong(key) : key;
            if (!map.containsKey(k)) {
                throw new IllegalArgumentException("KeyError: " + PythonFormat.repr(k));
            }
            return map.get(k);
        }
        if (!index) {
            throw new IllegalArgumentException(PyValues.typeName(value) + " indices must be integers, not 'str'");
        }
        int at = Integer.parseInt(key);
        if (value instanceof List<?> list && at < list.size()) {
            return list.get(at);
        }
        if (value instanceof CharSequence || value instanceof SafeString) {
            String text = value.toString();
            if (at < text.codePointCount(0, text.length())) {
                return Character.toString(text.codePointAt(text.offsetByCodePoints(0, at)));
            }
        }
        throw new IllegalArgumentException("'" + PyValues.typeName(value) + "' index out of range or not subscriptable");
    }

    /** The index of the '}' closing the field opened at {@code open}, counting nested braces. */
    static int close(String format, int open) {
        int depth = 0;
        for (int i = open; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException(depth > 1 ? "expected '}' before end of string" : "Single '{' encountered in format string");
    }

    /** The first {@code mark} of a field outside its {@code [...]} keys, or -1. */
    static int fieldEnd(String field, char mark) {
        boolean inKey = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '[') {
                inKey = true;
            } else if (c == ']') {
                inKey = false;
            } else if (c == mark && !inKey) {
                return i;
            }
        }
        return -1;
    }

    /** The next automatic field number; Python refuses a format that numbers fields both ways. */
    static int number(int[] numbering, boolean automatic) {
        int mode = automatic ? 2 : 1;
        if (numbering[1] != 0 && numbering[1] != mode) {
            throw new IllegalArgumentException(automatic
                    ? "cannot switch from manual field specification to automatic field numbering"
                    : "cannot switch from automatic field numbering to manual field specification");
        }
        numbering[1] = mode;
        return automatic ? numbering[0]++ : -1;
    }

    /** A field's {@code !s}, {@code !r} or {@code !a}. */
    static Object convert(Object value, String conversion) {
        return switch (conversion) {
            case null -> value;
            case "s" -> PyValues.str(value);
            case "r" -> PythonFormat.repr(value);
            case "a" -> ascii(PythonFormat.repr(value));
            default -> throw new IllegalArgumentException("Unknown conversion specifier " + conversion);
        };
    }

    /** Python's {@code ascii()} of a repr: every non-ASCII character escaped. */
    static String ascii(String repr) {
        StringBuilder out = new StringBuilder(repr.length());
        repr.codePoints().forEach(cp -> out.append(cp < 0x80 ? Character.toString(cp) : cp < 0x100
                ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp)));
        return out.toString();
    }
}
