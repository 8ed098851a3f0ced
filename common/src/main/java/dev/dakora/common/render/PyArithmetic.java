package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PyTuple;

import java.math.BigInteger;
import java.util.List;

/**
 * Python's arithmetic operators on template values: ints stay ints ({@link PyIntMath}), {@code /} is
 * always float, bools count as ints, {@code +} joins two strs or two lists, {@code *} repeats a
 * str or list, and any other mix is a TypeError that fails the render. Texts and lists are
 * refused before they are built when they would be longer than the output cap. Division, modulo and
 * powers are {@link PyDivision}.
 */
final class PyArithmetic {

    private PyArithmetic() {
    }

    static Object add(Object a, Object b) {
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyIntMath.add(a, b);
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
            return PyIntMath.sub(a, b);
        }
        if (isNumber(a) && isNumber(b)) {
            return toDouble(a) - toDouble(b);
        }
        throw unsupported("-", a, b);
    }

    static Object mul(Object a, Object b) {
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyIntMath.mul(a, b);
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

    static Object neg(Object a) {
        if (PyInts.isInt(a)) {
            return PyIntMath.neg(a);
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
