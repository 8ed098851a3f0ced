package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PythonFormat;

import java.util.List;
import java.util.Map;

/**
 * The rest of a {@code str.format} field after its name, as Python reads it: {@code [2]} indexes a
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
}
