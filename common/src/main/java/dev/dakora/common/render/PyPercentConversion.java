package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PythonFormat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** One conversion of {@link PyPercentFormat}: a value as {@code %s}, {@code %d}, {@code %f}, ... (before padding). */
final class PyPercentConversion {

    private PyPercentConversion() {
    }

    static String convert(char type, Object value, String flags, int precision) {
        return switch (type) {
            case 's', 'r', 'a' -> {
                String text = type == 's' ? PyValues.str(value) : type == 'r' ? PythonFormat.repr(value)
                        : FormatField.ascii(PythonFormat.repr(value));
                yield precision >= 0 && precision < text.length() ? text.substring(0, precision) : text;
            }
            case 'd', 'i', 'u' -> sign(integer(value, type), flags, BigInteger::toString, "");
            case 'x' -> sign(integer(value, type), flags, n -> n.toString(16), flags.indexOf('#') >= 0 ? "0x" : "");
            case 'X' -> sign(integer(value, type), flags, n -> n.toString(16).toUpperCase(), flags.indexOf('#') >= 0 ? "0X" : "");
            case 'o' -> sign(integer(value, type), flags, n -> n.toString(8), flags.indexOf('#') >= 0 ? "0o" : "");
            case 'c' -> character(value);
            case 'e', 'E', 'f', 'F', 'g', 'G' -> real(type, number(value, type), flags, precision < 0 ? 6 : precision);
            default -> throw PyFailure.error("unsupported format character '" + type + "'");
        };
    }

    private static BigInteger integer(Object value, char type) {
        if (PyInts.isInt(value)) {
            return PyInts.big(value);
        }
        boolean decimal = type == 'd' || type == 'i' || type == 'u';
        if (decimal && value instanceof Number n && !Double.isNaN(n.doubleValue()) && !Double.isInfinite(n.doubleValue())) {
            return new BigDecimal(n.doubleValue()).toBigInteger();
        }
        if (decimal && value instanceof Number) {
            throw PyFailure.error("cannot convert float infinity or NaN to integer");
        }
        throw PyFailure.error("%" + type + " format: " + (decimal ? "a real number" : "an integer")
                + " is required, not " + PyValues.typeName(value));
    }

    private static double number(Object value, char type) {
        if (value instanceof Number || value instanceof Boolean) {
            return PyArithmetic.toDouble(value);
        }
        throw PyFailure.error("must be real number, not " + PyValues.typeName(value));
    }

    private static String sign(BigInteger n, String flags, java.util.function.Function<BigInteger, String> digits, String prefix) {
        String body = prefix + digits.apply(n.abs());
        return n.signum() < 0 ? "-" + body : flags.indexOf('+') >= 0 ? "+" + body : flags.indexOf(' ') >= 0 ? " " + body : body;
    }

    private static String character(Object value) {
        if ((value instanceof String || value instanceof SafeString) && value.toString().codePointCount(0, value.toString().length()) == 1) {
            return value.toString();
        }
        if (PyInts.isInt(value) && PyInts.fitsLong(value) && PyInts.asLong(value) >= 0 && PyInts.asLong(value) <= 0x10FFFF) {
            return Character.toString((int) PyInts.asLong(value));
        }
        throw PyFailure.error("%c requires an int or a unicode character");
    }

    private static String real(char type, double d, String flags, int precision) {
        String sign = d < 0 || (d == 0 && 1 / d < 0) ? "-" : flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "";
        double magnitude = Math.abs(d);
        String body;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            sign = Double.isNaN(d) ? (flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "") : sign;
        } else {
            body = switch (Character.toLowerCase(type)) {
                case 'f' -> new BigDecimal(magnitude).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
                case 'e' -> exponent(magnitude, precision);
                default -> general(magnitude, precision == 0 ? 1 : precision, flags.indexOf('#') >= 0);
            };
        }
        return Character.isUpperCase(type) ? (sign + body).toUpperCase() : sign + body;
    }

    private static String exponent(double magnitude, int precision) {
        if (magnitude == 0) {
            return "0" + (precision > 0 ? "." + "0".repeat(precision) : "") + "e+00";
        }
        BigDecimal rounded = new BigDecimal(magnitude).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
        int exp = rounded.precision() - rounded.scale() - 1;
        String digits = rounded.unscaledValue().toString();
        digits = (digits + "0".repeat(precision + 1)).substring(0, precision + 1);
        String mantissa = precision > 0 ? digits.charAt(0) + "." + digits.substring(1) : digits;
        return mantissa + (exp < 0 ? "e-" : "e+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    private static String general(double magnitude, int precision, boolean keepZeros) {
        int exp = magnitude == 0 ? 0 : new BigDecimal(magnitude).round(new MathContext(precision, RoundingMode.HALF_EVEN)).precision()
                - new BigDecimal(magnitude).round(new MathContext(precision, RoundingMode.HALF_EVEN)).scale() - 1;
        String text = exp < -4 || exp >= precision ? exponent(magnitude, precision - 1)
                : new BigDecimal(magnitude).setScale(Math.max(0, precision - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
        if (keepZeros) {
            return text;
        }
        int e = text.indexOf('e');
        String mantissa = e < 0 ? text : text.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return e < 0 ? mantissa : mantissa + text.substring(e);
    }
}
