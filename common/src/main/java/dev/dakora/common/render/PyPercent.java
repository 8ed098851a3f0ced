package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PythonFormat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Python's {@code format % values} (printf-style), as the {@code %} operator and the {@code format} filter use it. */
final class PyPercent {

    private PyPercent() {
    }

    /** Formats with {@code values}: a tuple or list of positional values, a dict for {@code %(name)s}, or one value. */
    static String format(String format, Object values) {
        boolean tuple = isTuple(values);
        List<?> positional = tuple ? (List<?>) values : java.util.Collections.singletonList(values);
        Map<?, ?> named = values instanceof Map<?, ?> map ? map : null;
        StringBuilder out = new StringBuilder(format.length() + 16);
        int next = 0;
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            Spec spec = new Spec();
            if (i < format.length() && format.charAt(i) == '(') {
                int close = format.indexOf(')', i);
                if (close < 0 || named == null) {
                    throw new IllegalArgumentException(named == null ? "format requires a mapping" : "incomplete format key");
                }
                String key = format.substring(i + 1, close);
                if (!named.containsKey(key)) {
                    throw new IllegalArgumentException("format key " + PythonFormat.repr(key) + " is missing");
                }
                spec.value = named.get(key);
                spec.hasValue = true;
                i = close + 1;
            }
            while (i < format.length() && "-+ #0".indexOf(format.charAt(i)) >= 0) {
                spec.flags += format.charAt(i++);
            }
            int start = i;
            if (i < format.length() && format.charAt(i) == '*') {
                i++;
                long width = star(positional, next++, tuple);
                spec.flags += width < 0 ? "-" : "";
                spec.width = OutputBudget.require(Math.abs(width), "the formatted text");
            } else {
                while (i < format.length() && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                spec.width = number(format, start, i);
            }
            if (i < format.length() && format.charAt(i) == '.') {
                start = ++i;
                if (i < format.length() && format.charAt(i) == '*') {
                    i++;
                    spec.precision = OutputBudget.require(Math.max(0, star(positional, next++, tuple)), "the formatted text");
                } else {
                    while (i < format.length() && Character.isDigit(format.charAt(i))) {
                        i++;
                    }
                    spec.precision = Math.max(0, number(format, start, i));
                }
            }
            if (i >= format.length()) {
                throw new IllegalArgumentException("incomplete format");
            }
            char type = format.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            if (!spec.hasValue) {
                if (named != null) {
                    spec.value = values;
                } else if (next >= positional.size()) {
                    throw new IllegalArgumentException("not enough arguments for format string");
                } else {
                    spec.value = positional.get(next++);
                }
            }
            OutputBudget.require((long) out.length() + Math.max(spec.width, 0), "the formatted text");
            out.append(convert(spec, type));
            OutputBudget.require(out.length(), "the formatted text");
        }
        if (named == null && next < positional.size()) {
            throw new IllegalArgumentException("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static final Class<?> TUPLE_LIST = java.util.Collections.unmodifiableList(new java.util.ArrayList<>()).getClass();

    /** A tuple: ours, or Jinjava's {@code (a, b)} literal (a read-only list); a list is one value, as in Python. */
    private static boolean isTuple(Object values) {
        return values instanceof dev.dakora.common.value.PyTuple
                || values instanceof com.hubspot.jinjava.objects.collections.PyList list && list.toList().getClass() == TUPLE_LIST;
    }

    private static long star(List<?> positional, int index, boolean tuple) {
        if (!tuple || index >= positional.size() || !PyNumbers.isInt(positional.get(index))) {
            throw new IllegalArgumentException("* wants int");
        }
        return ((Number) positional.get(index)).longValue();
    }

    private static int number(String format, int from, int to) {
        if (from == to) {
            return -1;
        }
        if (to - from > 9) {
            return OutputBudget.require(Long.MAX_VALUE, "the formatted text");
        }
        return OutputBudget.require(Long.parseLong(format.substring(from, to)), "the formatted text");
    }

    private static int specCount(String format) {
        int count = 0;
        for (int i = 0; i < format.length(); i++) {
            if (format.charAt(i) == '%') {
                if (i + 1 < format.length() && format.charAt(i + 1) == '%') {
                    i++;
                } else {
                    count++;
                }
            }
        }
        return count;
    }

    private static String convert(Spec spec, char type) {
        Object v = spec.value;
        boolean left = spec.flags.indexOf('-') >= 0;
        boolean zero = spec.flags.indexOf('0') >= 0 && !left;
        boolean alternate = spec.flags.indexOf('#') >= 0;
        String text;
        boolean numeric = true;
        boolean negative = false;
        switch (type) {
            case 's', 'r', 'a' -> {
                text = type == 's' ? PyValues.str(v instanceof SafeString s ? s.toString() : v) : PythonFormat.repr(v);
                text = spec.precision >= 0 && spec.precision < text.length() ? text.substring(0, spec.precision) : text;
                numeric = false;
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                if ("oxX".indexOf(type) >= 0 && v instanceof Double) {
                    throw new IllegalArgumentException("%" + type + " format: an integer is required, not float");
                }
                BigInteger n = PyFormat.toWhole(v, String.valueOf(type));
                negative = n.signum() < 0;
                int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
                text = PyFormat.whole(n, radix, type == 'X');
                if (spec.precision > text.length()) {
                    text = "0".repeat(spec.precision - text.length()) + text;
                }
                text = (alternate && radix != 10 ? (type == 'o' ? "0o" : type == 'x' ? "0x" : "0X") : "") + text;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                double d = PyFormat.toReal(v, String.valueOf(type));
                negative = d < 0 || (d == 0 && 1 / d < 0);
                int p = spec.precision < 0 ? 6 : spec.precision;
                text = switch (type) {
                    case 'e', 'E' -> PyFormat.exponent(Math.abs(d), p, type == 'E');
                    case 'f', 'F' -> PyFormat.fixed(Math.abs(d), p);
                    default -> PyFormat.general(Math.abs(d), p, alternate, type == 'G');
                };
                zero = zero && Double.isFinite(d);
            }
            case 'c' -> {
                if (v instanceof CharSequence s && s.toString().codePointCount(0, s.length()) == 1) {
                    text = s.toString();
                } else if (PyNumbers.isInt(v)) {
                    text = Character.toString(PyFormat.toWhole(v, "c").intValueExact());
                } else {
                    throw new IllegalArgumentException("%c requires an int or a unicode character, not " + PyMethods.typeName(v));
                }
                numeric = false;
            }
            default -> throw new IllegalArgumentException("unsupported format character '" + type + "'");
        }
        String sign = negative ? "-" : numeric && spec.flags.indexOf('+') >= 0 ? "+" : numeric && spec.flags.indexOf(' ') >= 0 ? " " : "";
        return PyFormat.pad(sign, text, spec.width, zero && numeric ? '0' : ' ', left ? '<' : zero && numeric ? '=' : '>');
    }

    private static final class Spec {
        private String flags = "";
        private int width = -1;
        private int precision = -1;
        private Object value;
        private boolean hasValue;
    }
}
