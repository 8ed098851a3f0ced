package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PythonFormat;

import java.math.BigInteger;
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
            String formatted = formatValue(value, spec);
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

    /** Python's {@code format(value, spec)}: {@code [[fill]align][sign][#][0][width][,|_][.precision][type]}. */
    static String formatValue(Object value, String spec) {
        if (spec.isEmpty()) {
            return PyValues.str(value instanceof SafeString safe ? safe.toString() : value);
        }
        FormatSpec s = FormatSpec.parse(spec);
        boolean number = value instanceof Number || value instanceof Boolean;
        if (!number && !(value instanceof CharSequence || value instanceof SafeString)) {
            throw new IllegalArgumentException("unsupported format string passed to " + PyMethods.typeName(value) + ".__format__");
        }
        if (!number) {
            if (s.grouping() != 0) {
                throw new IllegalArgumentException("Cannot specify '" + s.grouping() + "' with 's'.");
            }
            if (s.type() != 0 && s.type() != 's') {
                throw new IllegalArgumentException("Unknown format code '" + s.type() + "' for object of type '"
                        + PyMethods.typeName(value) + "'");
            }
            String text = PyValues.str(value instanceof SafeString safe ? safe.toString() : value);
            if (s.precision() >= 0 && s.precision() < text.length()) {
                text = text.substring(0, text.offsetByCodePoints(0, Math.min(s.precision(), text.codePointCount(0, text.length()))));
            }
            return PyFormat.pad("", text, s.width(), s.fill(), s.align() == 0 ? '<' : s.align());
        }
        char type = s.type();
        String body;
        boolean negative;
        if (PyNumbers.isInt(value) || value instanceof Boolean) {
            if (type == 0 || "dnbcoxX".indexOf(type) >= 0) {
                if (s.precision() >= 0) {
                    throw new IllegalArgumentException("Precision not allowed in integer format specifier");
                }
                BigInteger n = PyFormat.toWhole(value, "d");
                negative = n.signum() < 0;
                int radix = type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
                body = type == 'c' ? Character.toString(n.intValueExact()) : PyFormat.whole(n, radix, type == 'X');
                if (s.alternate() && radix != 10) {
                    body = "0" + (type == 'b' ? "b" : type == 'o' ? "o" : type == 'X' ? "X" : "x") + body;
                }
                return finish(s, negative, body);
            }
        } else if ("dbcoxX".indexOf(type) >= 0 && type != 0) {
            throw new IllegalArgumentException("Unknown format code '" + type + "' for object of type 'float'");
        }
        double d = PyNumbers.toDouble(value);
        negative = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        int p = s.precision();
        body = switch (type) {
            case 'f', 'F' -> PyFormat.fixed(a, p < 0 ? 6 : p);
            case 'e', 'E' -> PyFormat.exponent(a, p < 0 ? 6 : p, type == 'E');
            case 'g', 'G', 'n' -> PyFormat.general(a, p < 0 ? 6 : p, s.alternate(), type == 'G');
            case '%' -> PyFormat.fixed(a * 100, p < 0 ? 6 : p) + "%";
            case 0 -> p < 0 ? PythonFormat.str(a) : withPoint(PyFormat.general(a, p, s.alternate(), false));
            default -> throw new IllegalArgumentException("Unknown format code '" + type + "' for object of type 'float'");
        };
        return finish(s, negative, body);
    }

    private static String withPoint(String text) {
        return text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('n') >= 0 ? text : text + ".0";
    }

    private static String finish(FormatSpec s, boolean negative, String body) {
        String digits = s.grouping() != 0 ? PyFormat.group(body, s.grouping()) : body;
        String sign = negative ? "-" : s.sign() == '+' ? "+" : s.sign() == ' ' ? " " : "";
        return PyFormat.pad(sign, digits, s.width(), s.fill(), s.align() == 0 ? '>' : s.align());
    }

    /** A replacement index past the given arguments. */
    static final class IndexError extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        IndexError(String message) {
            super(message);
        }
    }
}
