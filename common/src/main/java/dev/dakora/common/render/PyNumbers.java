package dev.dakora.common.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Python's number rules for the filters: int stays int, float stays float, {@code round} and {@code int()}. */
final class PyNumbers {

    private PyNumbers() {
    }

    static double toDouble(Object value) {
        return switch (value) {
            case Boolean b -> b ? 1 : 0;
            case Number n -> n.doubleValue();
            default -> throw new IllegalArgumentException("expected a number, got " + PyValues.str(value));
        };
    }

    static boolean isInt(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger;
    }

    /** Python's {@code round(value, digits)}: exact half-even rounding of the binary value; ints stay ints. */
    static Object round(Object value, int digits) {
        if (isInt(value) && digits >= 0) {
            return value instanceof Integer i ? i.longValue() : value;
        }
        double d = toDouble(value);
        if (!Double.isFinite(d)) {
            return d;
        }
        return new BigDecimal(d).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Jinja2's {@code int} filter: whole numbers as they are, floats truncated, text parsed, else the default. */
    static Object toInt(Object value, Object fallback) {
        return switch (value) {
            case Boolean b -> b ? 1L : 0L;
            case Number n when isInt(n) -> n instanceof BigInteger ? n : n.longValue();
            case Number n -> Double.isFinite(n.doubleValue()) ? truncate(n.doubleValue()) : fallback;
            case CharSequence s -> parseInt(s.toString().strip().replace("_", ""), fallback);
            case null, default -> fallback;
        };
    }

    private static Object truncate(double d) {
        BigInteger whole = new BigDecimal(d).toBigInteger();
        return whole.bitLength() < 64 ? (Object) whole.longValue() : whole;
    }

    private static Object parseInt(String text, Object fallback) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notInt) {
            try {
                double d = Double.parseDouble(text);
                return Double.isFinite(d) && !text.matches(".*[a-zA-Z&&[^eE]].*") ? truncate(d) : fallback;
            } catch (NumberFormatException notFloat) {
                return fallback;
            }
        }
    }
}
