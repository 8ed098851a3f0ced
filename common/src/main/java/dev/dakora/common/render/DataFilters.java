package dev.dakora.common.render;

import com.hubspot.jinjava.lib.filter.Filter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Pattern;

/** The reference's {@code default}, {@code yaml} and Jinja2's {@code tojson}, {@code round}, {@code int}, {@code float}. */
final class DataFilters {

    /** Python's float literal text: digits with single underscores between them, a point, an exponent. */
    private static final Pattern FLOAT_TEXT = Pattern.compile(
            "[+-]?(?=\\.?\\d)(?:\\d(?:_?\\d)*)?(?:\\.(?:\\d(?:_?\\d)*)?)?(?:[eE][+-]?\\d(?:_?\\d)*)?");
    private static final Pattern NONFINITE_TEXT = Pattern.compile("[+-]?(?:nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private DataFilters() {
    }

    static List<Filter> all() {
        NamedFilter.Body fallback = (v, a) -> PyValues.isMissing(v) ? a.get(0, "default_value", "") : v;
        return List.of(
                new NamedFilter("default", fallback),
                new NamedFilter("d", fallback),
                new NamedFilter("yaml", (v, a) -> PyYaml.dump(v).stripTrailing()),
                new NamedFilter("tojson", (v, a) -> PyJson.dump(v, a.get(0, "indent", null))),
                new NamedFilter("round", DataFilters::round),
                new NamedFilter("abs", (v, a) -> abs(v)),
                new NamedFilter("int", DataFilters::toInt),
                new NamedFilter("float", (v, a) -> toFloat(v, a.get(0, "default", 0.0))));
    }

    /**
     * Jinja2's {@code round(precision=0, method='common')}: Python's {@code round(value, precision)}
     * (a whole number stays whole, halves go to the even neighbour), or {@code ceil} / {@code floor}
     * of the scaled value, a float.
     */
    private static Object round(Object value, FilterArgs args) {
        int precision = (int) args.integer(0, "precision", 0);
        String method = args.string(1, "method", "common");
        if (!PyArithmetic.isNumber(value) && ("common".equals(method) || "ceil".equals(method) || "floor".equals(method))) {
            throw PyFailure.error("type " + PyValues.typeName(value) + " doesn't define __round__ method");
        }
        switch (method) {
            case "common":
                return PyNumbers.isInt(value) || value instanceof Boolean ? roundWhole(value, precision)
                        : PyNumbers.round(PyNumbers.toDouble(value), precision);
            case "ceil", "floor":
                double scale = Math.pow(10, precision);
                double scaled = PyNumbers.toDouble(value) * scale;
                return (method.equals("ceil") ? Math.ceil(scaled) : Math.floor(scaled)) / scale;
            default:
                throw args.invalid("method must be 'common', 'ceil' or 'floor', got '" + method + "'");
        }
    }

    private static Object roundWhole(Object value, int precision) {
        BigInteger whole = switch (value) {
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case BigInteger big -> big;
            default -> BigInteger.valueOf(((Number) value).longValue());
        };
        if (precision < 0) {
            whole = new BigDecimal(whole).setScale(precision, RoundingMode.HALF_EVEN).toBigInteger();
        }
        return whole.bitLength() < 64 ? (Object) whole.longValue() : whole;
    }

    /** Python's {@code abs(value)}: a bool counts as the int it is. */
    private static Object abs(Object value) {
        return switch (value) {
            case Boolean b -> b ? 1L : 0L;
            case BigInteger big -> big.abs();
            case Long l when l == Long.MIN_VALUE -> BigInteger.valueOf(l).abs();
            case Long l -> Math.abs(l);
            case Integer i -> Math.abs(i.longValue());
            case Double d -> Math.abs(d);
            case Number n -> Math.abs(n.doubleValue());
            case null, default -> throw PyFailure.error("bad operand type for abs(): '" + PyValues.typeName(value) + "'");
        };
    }

    /** Jinja2's {@code int(default=0, base=10)}: text in {@code base} (0 reads the 0x, 0o, 0b prefix), else the default. */
    private static Object toInt(Object value, FilterArgs args) {
        Object fallback = args.get(0, "default", 0L);
        long base = args.integer(1, "base", 10);
        if (base == 10 || !(value instanceof CharSequence text)) {
            return PyNumbers.toInt(value, fallback);
        }
        String digits = text.toString().strip().replace("_", "").toLowerCase(java.util.Locale.ROOT);
        boolean negative = digits.startsWith("-");
        if (negative || digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        String prefix = digits.length() > 1 && digits.charAt(0) == '0' ? digits.substring(0, 2) : "";
        int prefixRadix = switch (prefix) {
            case "0x" -> 16;
            case "0o" -> 8;
            case "0b" -> 2;
            default -> 0;
        };
        int radix = prefixRadix != 0 ? prefixRadix : base == 0 ? 10 : (int) base;
        if ((prefixRadix != 0 && base != 0 && base != prefixRadix) || radix < 2 || radix > 36) {
            return PyNumbers.toInt(value, fallback);
        }
        String body = prefixRadix != 0 ? digits.substring(2) : digits;
        try {
            java.math.BigInteger parsed = new java.math.BigInteger(body, radix);
            parsed = negative ? parsed.negate() : parsed;
            return parsed.bitLength() < 64 ? (Object) parsed.longValue() : parsed;
        } catch (NumberFormatException | ArithmeticException e) {
            return PyNumbers.toInt(value, fallback);
        }
    }

    /** Jinja2's {@code float(default=0.0)}: Python's {@code float()} of a number or text, else the default. */
    private static Object toFloat(Object value, Object fallback) {
        if (value instanceof Number || value instanceof Boolean) {
            return PyNumbers.toDouble(value);
        }
        if (!PyValueTests.isText(value)) {
            return fallback;
        }
        String text = TextFilters.strip(value.toString(), null);
        if (FLOAT_TEXT.matcher(text).matches()) {
            return Double.parseDouble(text.replace("_", ""));
        }
        if (NONFINITE_TEXT.matcher(text).matches()) {
            boolean negative = text.startsWith("-");
            return Character.toLowerCase(text.charAt(negative || text.startsWith("+") ? 1 : 0)) == 'n' ? Double.NaN
                    : negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return fallback;
    }
}
