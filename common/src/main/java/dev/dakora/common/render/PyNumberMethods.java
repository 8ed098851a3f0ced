package dev.dakora.common.render;

import dev.dakora.common.value.PyBytes;
import dev.dakora.common.value.PyTuple;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;

/**
 * The methods and attributes of Python's {@code int} (bool included) and {@code float} as of
 * Python 3.11: {@code n.bit_length()}, {@code x.is_integer()}, {@code x.as_integer_ratio()},
 * {@code x.hex()}, {@code n.real}, {@code n.denominator}, ...
 */
final class PyNumberMethods {

    private static final Set<String> INT = Set.of("bit_length", "bit_count", "conjugate", "as_integer_ratio",
            "to_bytes");
    private static final Set<String> FLOAT = Set.of("is_integer", "as_integer_ratio", "hex", "conjugate");
    private static final Set<String> INT_ATTRIBUTES = Set.of("real", "imag", "numerator", "denominator");
    private static final Set<String> FLOAT_ATTRIBUTES = Set.of("real", "imag");

    private PyNumberMethods() {
    }

    static boolean isMethod(Object number, String name) {
        return PyInts.isInt(number) ? INT.contains(name) : FLOAT.contains(name);
    }

    static boolean isAttribute(Object number, String name) {
        return PyInts.isInt(number) ? INT_ATTRIBUTES.contains(name) : FLOAT_ATTRIBUTES.contains(name);
    }

    /** {@code n.real}, {@code n.imag}, {@code n.numerator}, {@code n.denominator}: a bool's are ints. */
    static Object attribute(Object number, String name) {
        if (PyInts.isInt(number)) {
            Object value = PyInts.normalize(PyInts.big(number));
            return switch (name) {
                case "imag" -> 0L;
                case "denominator" -> 1L;
                default -> value;
            };
        }
        return name.equals("imag") ? 0.0 : PyNumbers.toDouble(number);
    }

    static Object call(Object number, String name, MethodArgs a) {
        if (name.equals("to_bytes")) {
            return toBytes(PyInts.big(number), a.atMost(3, name));
        }
        a.atMost(0, name);
        if (PyInts.isInt(number)) {
            BigInteger n = PyInts.big(number);
            return switch (name) {
                case "bit_length" -> (long) n.abs().bitLength();
                case "bit_count" -> (long) n.abs().bitCount();
                case "as_integer_ratio" -> PyTuple.of(PyInts.normalize(n), 1L);
                default -> PyInts.normalize(n);
            };
        }
        double d = PyNumbers.toDouble(number);
        return switch (name) {
            case "is_integer" -> Double.isFinite(d) && d == Math.rint(d);
            case "as_integer_ratio" -> ratio(d);
            case "hex" -> hex(d);
            default -> d;
        };
    }

    /** Python's {@code int.to_bytes(length=1, byteorder='big', *, signed=False)}. */
    private static PyBytes toBytes(BigInteger n, MethodArgs a) {
        long length = a.integer(0, "length", 1);
        String order = a.string(1, "byteorder", "big");
        boolean signed = PyValues.truthy(a.get(2, "signed", false));
        if (length < 0) {
            throw new IllegalArgumentException("length argument must be non-negative");
        }
        if (!order.equals("big") && !order.equals("little")) {
            throw new IllegalArgumentException("byteorder must be either 'little' or 'big'");
        }
        if (n.signum() < 0 && !signed) {
            throw new IllegalArgumentException("can't convert negative int to unsigned");
        }
        int bits = n.bitLength() + (signed ? 1 : 0);
        if (bits > OutputBudget.times(length, 8)) {
            throw new IllegalArgumentException("int too big to convert");
        }
        byte[] out = new byte[OutputBudget.require(length, "the bytes")];
        byte[] twos = n.toByteArray();
        for (int i = 0; i < out.length; i++) {
            int from = twos.length - 1 - i;
            byte b = from >= 0 ? twos[from] : (byte) (n.signum() < 0 ? 0xff : 0);
            out[order.equals("big") ? out.length - 1 - i : i] = b;
        }
        return PyBytes.of(out);
    }

    /** The exact fraction a float holds, in lowest terms: {@code (0.1).as_integer_ratio()} is 3602879701896397/2**55. */
    private static PyTuple ratio(double d) {
        if (Double.isNaN(d)) {
            throw new IllegalArgumentException("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(d)) {
            throw new IllegalArgumentException("cannot convert Infinity to integer ratio");
        }
        BigDecimal exact = new BigDecimal(d);
        BigInteger numerator = exact.unscaledValue();
        BigInteger denominator = BigInteger.ONE;
        if (exact.scale() > 0) {
            denominator = BigInteger.TEN.pow(exact.scale());
        } else {
            numerator = numerator.multiply(BigInteger.TEN.pow(-exact.scale()));
        }
        BigInteger gcd = numerator.gcd(denominator);
        return PyTuple.of(PyInts.normalize(numerator.divide(gcd)), PyInts.normalize(denominator.divide(gcd)));
    }

    /** Python's {@code float.hex()}: {@code 0x1.4000000000000p+1}, thirteen hex digits of fraction. */
    static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        int exponent = (int) ((bits >>> 52) & 0x7ff);
        long fraction = bits & 0xfffffffffffffL;
        if (exponent == 0 && fraction == 0) {
            return sign + "0x0.0p+0";
        }
        String digits = String.format("%013x", fraction);
        int power = exponent == 0 ? -1022 : exponent - 1023;
        return sign + "0x" + (exponent == 0 ? "0." : "1.") + digits + "p" + (power < 0 ? "-" : "+") + Math.abs(power);
    }
}
