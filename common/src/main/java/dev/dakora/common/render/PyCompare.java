package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PyRange;
import dev.dakora.common.value.PyTuple;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Python's {@code ==} and ordering: numbers compare exactly across int, float and bool,
 * {@code '1' == 1} is False, lists compare item by item, and ordering values of unrelated types
 * ({@code 'a' < 1}, {@code none < 1}) is a TypeError that fails the render. {@code in} is
 * {@link PyMembership}.
 */
final class PyCompare {

    private PyCompare() {
    }

    static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (PyArithmetic.isNumber(a) && PyArithmetic.isNumber(b)) {
            Integer order = compareNumbers(a, b);
            return order != null && order == 0;
        }
        if (isText(a) && isText(b)) {
            return a.toString().equals(b.toString());
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size() || (a instanceof PyTuple) != (b instanceof PyTuple)
                    || (a instanceof PyRange) != (b instanceof PyRange)) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!eq(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> entry : x.entrySet()) {
                Object key = AstPyDict.find(y, entry.getKey());
                if (key == null || !eq(entry.getValue(), y.get(key))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    /** {@code a <op> b} for {@code <}, {@code <=}, {@code >}, {@code >=}. */
    static boolean order(String operator, Object a, Object b) {
        Integer order = compare(operator, a, b);
        if (order == null) {
            return false;
        }
        return switch (operator) {
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        };
    }

    /** The order of {@code a} and {@code b}, null when one is NaN; a TypeError when they do not compare. */
    private static Integer compare(String operator, Object a, Object b) {
        if (PyArithmetic.isNumber(a) && PyArithmetic.isNumber(b)) {
            return compareNumbers(a, b);
        }
        if (isText(a) && isText(b)) {
            return compareText(a.toString(), b.toString());
        }
        if (a instanceof List<?> x && b instanceof List<?> y && (a instanceof PyTuple) == (b instanceof PyTuple)) {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                if (!eq(x.get(i), y.get(i))) {
                    return compare(operator, x.get(i), y.get(i));
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        if (a instanceof Undefined || b instanceof Undefined) {
            throw PyFailure.undefined("an undefined value was used with '" + operator + "'");
        }
        throw PyFailure.error("'" + operator + "' not supported between instances of '" + PyValues.typeName(a)
                + "' and '" + PyValues.typeName(b) + "'");
    }

    private static Integer compareNumbers(Object a, Object b) {
        boolean aInt = PyInts.isInt(a);
        boolean bInt = PyInts.isInt(b);
        if (aInt && bInt) {
            if (PyInts.fitsLong(a) && PyInts.fitsLong(b)) {
                return Long.compare(PyInts.asLong(a), PyInts.asLong(b));
            }
            return PyInts.big(a).compareTo(PyInts.big(b));
        }
        if (!aInt && !bInt) {
            double x = ((Number) a).doubleValue();
            double y = ((Number) b).doubleValue();
            return Double.isNaN(x) || Double.isNaN(y) ? null : x < y ? -1 : x > y ? 1 : 0;
        }
        double d = ((Number) (aInt ? b : a)).doubleValue();
        if (Double.isNaN(d)) {
            return null;
        }
        int order = Double.isInfinite(d) ? (d > 0 ? 1 : -1) : new BigDecimal(d).compareTo(new BigDecimal(intValue(aInt ? a : b)));
        return aInt ? -order : order;
    }

    private static BigInteger intValue(Object value) {
        return PyInts.big(value);
    }

    private static int compareText(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    static boolean isText(Object value) {
        return value instanceof String || value instanceof SafeString;
    }
}
