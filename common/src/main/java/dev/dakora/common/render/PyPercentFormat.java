package dev.dakora.common.render;

import dev.dakora.common.value.PyTuple;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Python's printf-style {@code text % values}: {@code %s %r %d %i %u %o %x %X %e %E %f %F %g %G %c %%}
 * with {@code (name)}, flags {@code -+ 0#}, width and precision (each may be {@code *}). A tuple
 * gives the arguments, a dict the named ones, anything else is the one argument. Widths and
 * precisions past the output cap are refused before any text is built.
 */
final class PyPercentFormat {

    private static final Object NONE = new Object();

    private final String format;
    private final List<?> args;
    private final Map<?, ?> named;
    private int next;
    private int i;

    private PyPercentFormat(String format, Object values) {
        this.format = format;
        this.args = values instanceof PyTuple tuple ? tuple : List.of(values == null ? NONE : values);
        this.named = values instanceof Map<?, ?> map ? map : null;
    }

    static String format(String format, Object values) {
        return new PyPercentFormat(format, values).run();
    }

    private String run() {
        StringBuilder out = new StringBuilder();
        boolean usedNamed = false;
        while (i < format.length()) {
            char c = format.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            Object value = null;
            boolean hasName = i < format.length() && format.charAt(i) == '(';
            if (hasName) {
                int close = format.indexOf(')', i);
                if (named == null || close < 0) {
                    throw PyFailure.error(named == null ? "format requires a mapping" : "incomplete format key");
                }
                String key = format.substring(i + 1, close);
                if (!named.containsKey(key)) {
                    throw PyFailure.error("KeyError: '" + key + "'");
                }
                value = named.get(key);
                usedNamed = true;
                i = close + 1;
            }
            String flags = take("-+ #0");
            int width = number();
            int precision = -1;
            if (i < format.length() && format.charAt(i) == '.') {
                i++;
                precision = Math.max(0, number());
            }
            take("hlL");
            if (i >= format.length()) {
                throw PyFailure.error("incomplete format");
            }
            char type = format.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            String text = PyPercentConversion.convert(type, hasName ? value : nextArg(), flags, precision);
            PyFailure.checkSize((long) out.length() + Math.max(width, text.length()), "the formatted text");
            pad(out, text, flags, Math.abs(width), width < 0 || flags.indexOf('-') >= 0, "dioxXeEfFgGu".indexOf(type) >= 0);
        }
        if (!usedNamed && named == null && next < args.size()) {
            throw PyFailure.error("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static void pad(StringBuilder out, String text, String flags, int width, boolean left, boolean numeric) {
        int fill = width - text.length();
        if (fill <= 0) {
            out.append(text);
        } else if (left) {
            out.append(text).repeat(' ', fill);
        } else if (flags.indexOf('0') >= 0 && numeric && !text.endsWith("inf") && !text.endsWith("nan")) {
            int sign = text.startsWith("-") || text.startsWith("+") || text.startsWith(" ") ? 1 : 0;
            int prefix = text.startsWith("0x", sign) || text.startsWith("0X", sign) || text.startsWith("0o", sign) ? 2 : 0;
            out.append(text, 0, sign + prefix).repeat('0', fill).append(text, sign + prefix, text.length());
        } else {
            out.repeat(' ', fill).append(text);
        }
    }

    private Object nextArg() {
        if (next >= args.size()) {
            throw PyFailure.error("not enough arguments for format string");
        }
        Object value = args.get(next++);
        return value == NONE ? null : value;
    }

    private String take(String chars) {
        int start = i;
        while (i < format.length() && chars.indexOf(format.charAt(i)) >= 0) {
            i++;
        }
        return format.substring(start, i);
    }

    private int number() {
        if (i < format.length() && format.charAt(i) == '*') {
            i++;
            Object value = nextArg();
            if (!PyInts.isInt(value)) {
                throw PyFailure.error("* wants int");
            }
            long n = PyInts.fitsLong(value) ? PyInts.asLong(value) : Long.MAX_VALUE;
            PyFailure.checkSize(Math.abs(n), "the formatted text");
            return (int) n;
        }
        int start = i;
        while (i < format.length() && Character.isDigit(format.charAt(i))) {
            i++;
        }
        if (start == i) {
            return 0;
        }
        BigInteger n = new BigInteger(format.substring(start, i));
        PyFailure.checkSize(n.bitLength() < 63 ? n.longValue() : Long.MAX_VALUE, "the formatted text");
        return n.intValue();
    }
}
