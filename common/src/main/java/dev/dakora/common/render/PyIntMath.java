package dev.dakora.common.render;

import java.math.BigInteger;
import java.util.function.Supplier;

/**
 * Python's int arithmetic: exact and unbounded in Python, here on {@code long} until a result
 * overflows, then on {@link BigInteger}. A result is refused before it is computed when its decimal
 * form would be longer than the output cap, so no expression can make a number of unbounded size.
 */
final class PyIntMath {

    private static final double DIGITS_PER_BIT = Math.log10(2);

    private PyIntMath() {
    }

    static Object add(Object a, Object b) {
        if (PyInts.fitsLong(a) && PyInts.fitsLong(b)) {
            long x = PyInts.asLong(a);
            long y = PyInts.asLong(b);
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return r;
            }
        }
        return bounded(Math.max(bits(a), bits(b)) + 1, () -> PyInts.big(a).add(PyInts.big(b)));
    }

    static Object sub(Object a, Object b) {
        if (PyInts.fitsLong(a) && PyInts.fitsLong(b)) {
            long x = PyInts.asLong(a);
            long y = PyInts.asLong(b);
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return r;
            }
        }
        return bounded(Math.max(bits(a), bits(b)) + 1, () -> PyInts.big(a).subtract(PyInts.big(b)));
    }

    static Object mul(Object a, Object b) {
        if (PyInts.fitsLong(a) && PyInts.fitsLong(b)) {
            long x = PyInts.asLong(a);
            long y = PyInts.asLong(b);
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
        }
        return bounded(bits(a) + bits(b), () -> PyInts.big(a).multiply(PyInts.big(b)));
    }

    /** Python's {@code //}: rounds toward negative infinity. */
    static Object floorDiv(Object a, Object b) {
        if (PyInts.isZero(b)) {
            throw PyFailure.error("integer division or modulo by zero");
        }
        if (PyInts.fitsLong(a) && PyInts.fitsLong(b) && !(PyInts.asLong(a) == Long.MIN_VALUE && PyInts.asLong(b) == -1)) {
            return Math.floorDiv(PyInts.asLong(a), PyInts.asLong(b));
        }
        BigInteger[] qr = PyInts.big(a).divideAndRemainder(PyInts.big(b));
        boolean adjust = qr[1].signum() != 0 && qr[1].signum() != PyInts.big(b).signum();
        return PyInts.normalize(adjust ? qr[0].subtract(BigInteger.ONE) : qr[0]);
    }

    /** Python's {@code %}: the result has the divisor's sign. */
    static Object mod(Object a, Object b) {
        if (PyInts.isZero(b)) {
            throw PyFailure.error("integer modulo by zero");
        }
        if (PyInts.fitsLong(a) && PyInts.fitsLong(b)) {
            return Math.floorMod(PyInts.asLong(a), PyInts.asLong(b));
        }
        BigInteger r = PyInts.big(a).mod(PyInts.big(b).abs());
        return PyInts.normalize(PyInts.big(b).signum() < 0 && r.signum() != 0 ? r.add(PyInts.big(b)) : r);
    }

    /** {@code a ** b} for a non-negative exponent; a negative one is a float power (see {@link PyArithmetic}). */
    static Object pow(Object a, Object b) {
        BigInteger base = PyInts.big(a);
        if (base.abs().compareTo(BigInteger.ONE) <= 0) {
            return PyInts.normalize(base.signum() == 0 ? (PyInts.big(b).signum() == 0 ? BigInteger.ONE : BigInteger.ZERO)
                    : base.signum() > 0 || !PyInts.big(b).testBit(0) ? BigInteger.ONE : base);
        }
        if (!PyInts.fitsLong(b) || PyInts.asLong(b) > Integer.MAX_VALUE) {
            throw tooBig();
        }
        int exponent = (int) PyInts.asLong(b);
        return bounded((long) Math.ceil(log2(base) * exponent), () -> base.pow(exponent));
    }

    static Object neg(Object a) {
        if (PyInts.fitsLong(a) && PyInts.asLong(a) != Long.MIN_VALUE) {
            return -PyInts.asLong(a);
        }
        return PyInts.normalize(PyInts.big(a).negate());
    }

    private static long bits(Object value) {
        if (value instanceof BigInteger b) {
            return b.bitLength();
        }
        long x = PyInts.asLong(value);
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
        return PyInts.normalize(compute.get());
    }

    private static RuntimeException tooBig() {
        PyFailure.checkSize(Long.MAX_VALUE, "the number");
        return new IllegalStateException();
    }
}
