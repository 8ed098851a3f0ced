package dev.dakora.common.render;

import com.hubspot.jinjava.lib.filter.Filter;

import java.util.List;

/** The reference's {@code default}, {@code yaml} and Jinja2's {@code tojson}, {@code round}, {@code int}, {@code float}. */
final class DataFilters {

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
                new NamedFilter("int", DataFilters::toInt),
                new NamedFilter("float", (v, a) -> toFloat(v, a.get(0, "default", 0.0))));
    }

    /** Jinja2's {@code round(precision=0, method='common')}. */
    private static Object round(Object value, FilterArgs args) {
        int precision = (int) args.integer(0, "precision", 0);
        String method = args.string(1, "method", "common");
        switch (method) {
            case "common":
                return PyNumbers.round(value, precision);
            case "ceil", "floor":
                double scale = Math.pow(10, precision);
                double scaled = PyNumbers.toDouble(value) * scale;
                return (method.equals("ceil") ? Math.ceil(scaled) : Math.floor(scaled)) / scale;
            default:
                throw args.invalid("method must be 'common', 'ceil' or 'floor', got '" + method + "'");
        }
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

    private static Object toFloat(Object value, Object fallback) {
        if (value instanceof Number || value instanceof Boolean) {
            return PyNumbers.toDouble(value);
        }
        try {
            return Double.parseDouble(PyValues.str(value).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
