package dev.dakora.common.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's number formatting shared by {@code %}-formatting, {@code str.format} and the filters:
 * fixed, exponent and general notation rounded half-even on the exact binary value, as Python does,
 * and padding. Widths and precisions are checked against the output cap before anything is built.
 */
final class PyFormat {

    private PyFormat() {
    }

    /** {@code '%.{digits}f' % value} without the sign of a negative value's magnitude lost. */
    static String fixed(double value, int digits) {
        OutputBudget.require(digits, "the formatted number");
        if (!Double.isFinite(value)) {
            return special(value);
        }
        String text = new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        return value < 0 || (value == 0 && 1 / value < 0) ? (text.startsWith("-") ? text : "-" + text) : text;
    }

    /** {@code '%.{digits}e' % value}. */
    static String exponent(double value, int digits, boolean upper) {
        OutputBudget.require(digits, "the formatted number");
        if (!Double.isFinite(value)) {
            return upper ? special(value).toUpperCase() : special(value);
        }
        String sign = value < 0 || (value == 0 && 1 / value < 0) ? "-" : "";
        String mantissa;
        int exp;
        if (value == 0) {
            mantissa = "0".repeat(digits + 1);
            exp = 0;
        } else {
            BigDecimal rounded = new BigDecimal(Math.abs(value)).round(new MathContext(digits + 1, RoundingMode.HALF_EVEN));
            String unscaled = rounded.unscaledValue().toString();
            exp = unscaled.length() - 1 - rounded.scale();
            mantissa = unscaled.length() >= digits + 1 ? unscaled.substring(0, digits + 1)
                    : unscaled + "0".repeat(digits + 1 - unscaled.length());
        }
        String body = digits == 0 ? mantissa : mantissa.charAt(0) + "." + mantissa.substring(1);
        String e = (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        return sign + body + e;
    }

    /** {@code '%.{digits}g' % value}: fixed or exponent notation, trailing zeros dropped unless {@code alternate}. */
    static String general(double value, int digits, boolean alternate, boolean upper) {
        int precision = digits == 0 ? 1 : digits;
        OutputBudget.require(precision, "the formatted number");
        if (!Double.isFinite(value)) {
            return upper ? special(value).toUpperCase() : special(value);
        }
        int exp = 0;
        if (value != 0) {
            BigDecimal rounded = new BigDecimal(Math.abs(value)).round(new MathContext(precision, RoundingMode.HALF_EVEN));
            exp = rounded.precision() - rounded.scale() - 1;
        }
        String text = exp >= -4 && exp < precision ? fixed(value, precision - 1 - exp) : exponent(value, precision - 1, upper);
        if (alternate) {
            return text;
        }
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        String head = e < 0 ? text : text.substring(0, e);
        String tail = e < 0 ? "" : text.substring(e);
        if (head.indexOf('.') >= 0) {
            int end = head.length();
            while (head.charAt(end - 1) == '0') {
                end--;
            }
            head = head.substring(0, head.charAt(end - 1) == '.' ? end - 1 : end);
        }
        return head + tail;
    }

    static String special(double value) {
        return Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
    }

    /** A whole number in base 2, 8, 10 or 16, with its sign separate from the digits. */
    static String whole(BigInteger value, int radix, boolean upper) {
        String digits = value.abs().toString(radix);
        return upper ? digits.toUpperCase() : digits;
    }

    /** Pads {@code sign + body} to {@code width}: {@code '<'}, {@code '>'}, {@code '^'}, or {@code '='} (fill after the sign). */
    static String pad(String sign, String body, long width, char fill, char align) {
        int length = sign.length() + body.codePointCount(0, body.length());
        if (width <= length) {
            return sign + body;
        }
        int missing = OutputBudget.require(width, "the padded text") - length;
        String f = String.valueOf(fill);
        return switch (align) {
            case '<' -> sign + body + f.repeat(missing);
            case '^' -> f.repeat(missing / 2) + sign + body + f.repeat(missing - missing / 2);
            case '=' -> sign + f.repeat(missing) + body;
            default -> f.repeat(missing) + sign + body;
        };
    }

    /** Inserts {@code separator} every three digits of the whole part of {@code digits}. */
    static String group(String digits, char separator) {
        int dot = digits.indexOf('.');
        int end = dot < 0 ? digits.length() : dot;
        StringBuilder out = new StringBuilder(digits.length() + end / 3);
        for (int i = 0; i < end; i++) {
            if (i > 0 && (end - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.append(digits, end, digits.length()).toString();
    }

    static BigInteger toWhole(Object value, String conversion) {
        return switch (value) {
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case BigInteger i -> i;
            case Number n when PyNumbers.isInt(n) -> BigInteger.valueOf(n.longValue());
            case Number n when Double.isFinite(n.doubleValue()) -> new BigDecimal(n.doubleValue()).toBigInteger();
            case null, default -> throw new IllegalArgumentException("%" + conversion
                    + " format: a real number is required, not " + PyMethods.typeName(value));
        };
    }

    static double toReal(Object value, String conversion) {
        if (value instanceof Number || value instanceof Boolean) {
            return PyNumbers.toDouble(value);
        }
        throw new IllegalArgumentException("%" + conversion + " format: a real number is required, not "
                + PyMethods.typeName(value));
    }
}
