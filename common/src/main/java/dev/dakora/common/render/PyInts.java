package dev.dakora.common.render;

import java.math.BigInteger;
import java.util.function.Supplier;

/**
 * Python's int arithmetic: exact and unbounded in Python, here a {@code long} that becomes a
 * {@link BigInteger} on overflow. A result is refused before it is computed when its decimal form
 * would be longer than the output cap, so no expression can make a number of unbounded size.
 */
final class PyInts {

    private static final double DIGITS_PER_BIT = Math.log10(2);

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

    static Object add(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a);
            long y = asLong(b);
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return r;
            }
        }
        return bounded(Math.max(bits(a), bits(b)) + 1, () -> big(a).add(big(b)));
    }

    static Object sub(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a);
            long y = asLong(b);
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return r;
            }
        }
        return bounded(Math.max(bits(a), bits(b)) + 1, () -> big(a).subtract(big(b)));
    }

    static Object mul(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a);
            long y = asLong(b);
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
        }
        return bounded(bits(a) + bits(b), () -> big(a).multiply(big(b)));
    }

    /** Python's {@code //}: rounds toward negative infinity. */
    static Object floorDiv(Object a, Object b) {
        if (isZero(b)) {
            throw PyFailure.error("integer division or modulo by zero");
        }
        if (fitsLong(a) && fitsLong(b) && !(asLong(a) == Long.MIN_VALUE && asLong(b) == -1)) {
            return Math.floorDiv(asLong(a), asLong(b));
        }
        BigInteger[] qr = big(a).divideAndRemainder(big(b));
        boolean adjust = qr[1].signum() != 0 && qr[1].signum() != big(b).signum();
        return normalize(adjust ? qr[0].subtract(BigInteger.ONE) : qr[0]);
    }

    /** Python's {@code %}: the result has the divisor's sign. */
    static Object mod(Object a, Object b) {
        if (isZero(b)) {
            throw PyFailure.error("integer modulo by zero");
        }
        if (fitsLong(a) && fitsLong(b)) {
            return Math.floorMod(asLong(a), asLong(b));
        }
        BigInteger r = big(a).mod(big(b).abs());
        return normalize(big(b).signum() < 0 && r.signum() != 0 ? r.add(big(b)) : r);
    }

    /** {@code a ** b} for a non-negative exponent; a negative one is a float power (see {@link PyArithmetic}). */
    static Object pow(Object a, Object b) {
        BigInteger base = big(a);
        if (base.abs().compareTo(BigInteger.ONE) <= 0) {
            return normalize(base.signum() == 0 ? (big(b).signum() == 0 ? BigInteger.ONE : BigInteger.ZERO)
                    : base.signum() > 0 || !big(b).testBit(0) ? BigInteger.ONE : base);
        }
        if (!fitsLong(b) || asLong(b) > Integer.MAX_VALUE) {
            throw tooBig();
        }
        int exponent = (int) asLong(b);
        return bounded((long) Math.ceil(log2(base) * exponent), () -> base.pow(exponent));
    }

    static Object neg(Object a) {
        if (fitsLong(a) && asLong(a) != Long.MIN_VALUE) {
            return -asLong(a);
        }
        return normalize(big(a).negate());
    }

    static boolean isZero(Object value) {
        return value instanceof BigInteger b ? b.signum() == 0 : asLong(value) == 0;
    }

    private static long bits(Object value) {
        if (value instanceof BigInteger b) {
            return b.bitLength();
        }
        long x = asLong(value);
        return 64 - Long.numberOfLeadingZeros(x < 0 ? ~x : x);
    }

    private static double log2(BigInteger value) {
        BigInteger abs = value.abs();
        int shift = Math.max(0, abs.bitLength() - 60);
        return shift + Math.log(abs.shiftRight(shift).doubleValue()) / Math.log(2);
    }

    private static Object bounded(long bits, Supplier<BigInteger> compute) {
        if (bits * DIGITS_PER_BIT > PyFailure.maxChars()) {
            throw tooBig();
        }
        return normalize(compute.get());
    }

    private static RuntimeException tooBig() {
        PyFailure.checkSize(Long.MAX_VALUE, "the number");
        return new IllegalStateException();
    }
}
