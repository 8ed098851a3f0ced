package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PythonFormat;

import java.math.BigInteger;

/** One replacement field's value formatted by its spec, as Python's {@code format()} does for text and numbers. */
final class PyFormatValue {

    private PyFormatValue() {
    }

    /** Python's {@code format(value, spec)}: {@code [[fill]align][sign][#][0][width][,|_][.precision][type]}. */
    static String format(Object value, String spec) {
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
}
