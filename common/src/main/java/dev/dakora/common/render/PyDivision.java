package dev.dakora.common.render;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Python's {@code /}, {@code //}, {@code %} and {@code **} on template values: {@code /} is always a
 * float (ints divided exactly before rounding), {@code //} and {@code %} floor as Python does, a
 * str's {@code %} formats ({@link PyPercentFormat}), and an int to a negative power is a float.
 */
final class PyDivision {

    private PyDivision() {
    }

    /** Python's {@code /}: always a float, ints divided exactly before rounding. */
    static Object div(Object a, Object b) {
        if (!PyArithmetic.isNumber(a) || !PyArithmetic.isNumber(b)) {
            throw PyArithmetic.unsupported("/", a, b);
        }
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            if (PyInts.isZero(b)) {
                throw PyFailure.error("division by zero");
            }
            if (PyInts.fitsLong(a) && PyInts.fitsLong(b) && Math.abs(PyInts.asLong(a)) < 1L << 53
                    && Math.abs(PyInts.asLong(b)) < 1L << 53) {
                return (double) PyInts.asLong(a) / PyInts.asLong(b);
            }
            double q = new BigDecimal(PyInts.big(a)).divide(new BigDecimal(PyInts.big(b)), MathContext.DECIMAL128).doubleValue();
            if (Double.isInfinite(q)) {
                throw PyFailure.error("integer division result too large for a float");
            }
            return q;
        }
        double y = PyArithmetic.toDouble(b);
        if (y == 0) {
            throw PyFailure.error("float division by zero");
        }
        return PyArithmetic.toDouble(a) / y;
    }

    static Object floorDiv(Object a, Object b) {
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyIntMath.floorDiv(a, b);
        }
        if (!PyArithmetic.isNumber(a) || !PyArithmetic.isNumber(b)) {
            throw PyArithmetic.unsupported("//", a, b);
        }
        return PyFloats.divmod(PyArithmetic.toDouble(a), PyArithmetic.toDouble(b), "float floor division by zero")[0];
    }

    static Object mod(Object a, Object b) {
        if (PyArithmetic.isText(a)) {
            return PyPercentFormat.format(a.toString(), b);
        }
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyIntMath.mod(a, b);
        }
        if (!PyArithmetic.isNumber(a) || !PyArithmetic.isNumber(b)) {
            throw PyArithmetic.unsupported("%", a, b);
        }
        return PyFloats.divmod(PyArithmetic.toDouble(a), PyArithmetic.toDouble(b), "float modulo")[1];
    }

    static Object pow(Object a, Object b) {
        if (!PyArithmetic.isNumber(a) || !PyArithmetic.isNumber(b)) {
            throw PyArithmetic.unsupported("** or pow()", a, b);
        }
        if (PyInts.isInt(a) && PyInts.isInt(b) && PyInts.big(b).signum() >= 0) {
            return PyIntMath.pow(a, b);
        }
        return PyFloats.pow(PyArithmetic.toDouble(a), PyArithmetic.toDouble(b));
    }
}
