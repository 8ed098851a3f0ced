package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PyTuple;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;

/**
 * Python's arithmetic operators on template values: ints stay ints ({@link PyInts}), {@code /} is
 * always float, bools count as ints, {@code +} joins two strs or two lists, {@code *} repeats a
 * str or list, and any other mix is a TypeError that fails the render. Texts and lists are
 * refused before they are built when they would be longer than the output cap.
 */
final class PyArithmetic {

    private PyArithmetic() {
    }

    static Object add(Object a, Object b) {
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.add(a, b);
        }
        if (isNumber(a) && isNumber(b)) {
            return toDouble(a) + toDouble(b);
        }
        if (isText(a) && isText(b)) {
            return PySequences.join(a, b);
        }
        if (a instanceof List<?> && b instanceof List<?> && isTuple(a) == isTuple(b)) {
            // the new list holds the right operand's values too: a loop growing a list by `+` keeps them all
            OutputBudget.keep(b, "the lists and dicts of the template");
            return PySequences.join(a, b);
        }
        if (isText(a) || a instanceof List<?>) {
            throw PyFailure.error("can only concatenate " + PyValues.typeName(a) + " (not \""
                    + PyValues.typeName(b) + "\") to " + PyValues.typeName(a));
        }
        throw unsupported("+", a, b);
    }

    static Object sub(Object a, Object b) {
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.sub(a, b);
        }
        if (isNumber(a) && isNumber(b)) {
            return toDouble(a) - toDouble(b);
        }
        throw unsupported("-", a, b);
    }

    static Object mul(Object a, Object b) {
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.mul(a, b);
        }
        if (isNumber(a) && isNumber(b)) {
            return toDouble(a) * toDouble(b);
        }
        if (PyInts.isInt(a) && isSequence(b)) {
            return PySequences.repeat(b, a);
        }
        if (isSequence(a) && PyInts.isInt(b)) {
            return PySequences.repeat(a, b);
        }
        if (isSequence(a) || isSequence(b)) {
            Object other = isSequence(a) ? b : a;
            throw PyFailure.error("can't multiply sequence by non-int of type '" + PyValues.typeName(other) + "'");
        }
        throw unsupported("*", a, b);
    }

    /** Python's {@code /}: always a float, ints divided exactly before rounding. */
    static Object div(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            throw unsupported("/", a, b);
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
        double y = toDouble(b);
        if (y == 0) {
            throw PyFailure.error("float division by zero");
        }
        return toDouble(a) / y;
    }

    static Object floorDiv(Object a, Object b) {
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.floorDiv(a, b);
        }
        if (!isNumber(a) || !isNumber(b)) {
            throw unsupported("//", a, b);
        }
        return PyFloats.divmod(toDouble(a), toDouble(b), "float floor division by zero")[0];
    }

    static Object mod(Object a, Object b) {
        if (isText(a)) {
            return PyPercentFormat.format(a.toString(), b);
        }
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.mod(a, b);
        }
        if (!isNumber(a) || !isNumber(b)) {
            throw unsupported("%", a, b);
        }
        return PyFloats.divmod(toDouble(a), toDouble(b), "float modulo")[1];
    }

    static Object pow(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            throw unsupported("** or pow()", a, b);
        }
        if (PyInts.isInt(a) && PyInts.isInt(b) && PyInts.big(b).signum() >= 0) {
            return PyInts.pow(a, b);
        }
        return PyFloats.pow(toDouble(a), toDouble(b));
    }

    static Object neg(Object a) {
        if (PyInts.isInt(a)) {
            return PyInts.neg(a);
        }
        if (a instanceof Number n) {
            return -n.doubleValue();
        }
        throw PyFailure.error("bad operand type for unary -: '" + PyValues.typeName(a) + "'");
    }

    static Object pos(Object a) {
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (a instanceof Number) {
            return a instanceof Integer i ? (Object) i.longValue() : a;
        }
        throw PyFailure.error("bad operand type for unary +: '" + PyValues.typeName(a) + "'");
    }

    static boolean isNumber(Object value) {
        return value instanceof Number || value instanceof Boolean;
    }

    static double toDouble(Object value) {
        if (value instanceof BigInteger big) {
            double d = big.doubleValue();
            if (Double.isInfinite(d)) {
                throw PyFailure.error("int too large to convert to float");
            }
            return d;
        }
        return PyNumbers.toDouble(value);
    }

    static RuntimeException unsupported(String operator, Object a, Object b) {
        if (a instanceof Undefined || b instanceof Undefined) {
            return PyFailure.undefined("an undefined value was used with '" + operator + "'");
        }
        return PyFailure.error("unsupported operand type(s) for " + operator + ": '" + PyValues.typeName(a)
                + "' and '" + PyValues.typeName(b) + "'");
    }

    static boolean isText(Object value) {
        return value instanceof String || value instanceof SafeString;
    }

    private static boolean isSequence(Object value) {
        return isText(value) || value instanceof List<?>;
    }

    private static boolean isTuple(Object value) {
        return value instanceof PyTuple;
    }
}
