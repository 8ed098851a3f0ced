package dev.dakora.common.render;

import java.math.BigInteger;

/**
 * Python's int as values hold it: a {@code long}, a {@link BigInteger} once it does not fit, or a
 * bool, which Python counts as an int. The arithmetic on them is {@link PyIntMath}.
 */
final class PyInts {

    private PyInts() {
    }

    /** Whether {@code value} is a Python int (bool counts, as in Python). */
    static boolean isInt(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof BigInteger
                || value instanceof Boolean || value instanceof Short || value instanceof Byte;
    }

    static BigInteger big(Object value) {
        return switch (value) {
            case BigInteger b -> b;
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            default -> BigInteger.valueOf(((Number) value).longValue());
        };
    }

    static long asLong(Object value) {
        return value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).longValue();
    }

    static boolean fitsLong(Object value) {
        return !(value instanceof BigInteger b) || b.bitLength() < 64;
    }

    /** A {@link BigInteger} that fits a {@code long} becomes one, so small results stay cheap. */
    static Object normalize(BigInteger value) {
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    static boolean isZero(Object value) {
        return value instanceof BigInteger b ? b.signum() == 0 : asLong(value) == 0;
    }
}
