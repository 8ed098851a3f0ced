package dev.dakora.common.render;

import dev.dakora.common.value.PythonFormat;

import java.util.List;
import java.util.Map;

/** Python's {@code str.format(*args, **kwargs)} with the format-spec mini-language for text and numbers. */
final class PyStrFormat {

    private PyStrFormat() {
    }

    static String format(String format, List<Object> args, Map<String, Object> kwargs) {
        return format(format, args, kwargs, new int[] {0, 0}, 0);
    }

    /**
     * Formats {@code format}; {@code numbering} holds the next automatic field number and whether
     * fields were numbered by hand (1) or automatically (2), which Python refuses to mix. A field's
     * spec may hold fields of its own ({@code '{:{w}}'}), one level deep.
     */
    private static String format(String format, List<Object> args, Map<String, Object> kwargs, int[] numbering, int depth) {
        StringBuilder out = new StringBuilder(format.length() + 16);
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '}' ) {
                if (i + 1 < format.length() && format.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw new IllegalArgumentException("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < format.length() && format.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            int close = FormatField.close(format, i);
            String field = format.substring(i + 1, close);
            i = close + 1;
            int colon = FormatField.fieldEnd(field, ':');
            String spec = colon < 0 ? "" : field.substring(colon + 1);
            String head = colon < 0 ? field : field.substring(0, colon);
            int bang = FormatField.fieldEnd(head, '!');
            String conversion = bang < 0 ? null : head.substring(bang + 1);
            String name = bang < 0 ? head : head.substring(0, bang);
            int end = 0;
            while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
                end++;
            }
            String first = name.substring(0, end);
            Object value;
            if (first.isEmpty()) {
                value = positional(args, FormatField.number(numbering, true));
            } else if (first.chars().allMatch(Character::isDigit)) {
                FormatField.number(numbering, false);
                value = positional(args, Integer.parseInt(first));
            } else if (kwargs.containsKey(first)) {
                value = kwargs.get(first);
            } else {
                throw new IllegalArgumentException("KeyError: " + PythonFormat.repr(first));
            }
            value = FormatField.access(value, name.substring(end));
            value = FormatField.convert(value, conversion);
            if (spec.indexOf('{') >= 0) {
                if (depth > 0) {
                    throw new IllegalArgumentException("Max string recursion exceeded");
                }
                spec = format(spec, args, kwargs, numbering, depth + 1);
            }
            String formatted = PyFormatValue.format(value, spec);
            OutputBudget.require((long) out.length() + formatted.length(), "the formatted text");
            out.append(formatted);
        }
        return out.toString();
    }

    private static Object positional(List<Object> args, int index) {
        if (index >= args.size()) {
            throw new IndexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return args.get(index);
    }

    /** A replacement index past the given arguments. */
    static final class IndexError extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        IndexError(String message) {
            super(message);
        }
    }
}
