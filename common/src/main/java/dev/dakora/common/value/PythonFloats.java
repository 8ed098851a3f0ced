package dev.dakora.common.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's {@code repr(float)}: what a float prints as in a rendered prompt ({@code 7.0}, {@code 1e-05}, {@code inf}). */
public final class PythonFloats {

    private PythonFloats() {
    }

    /**
     * Double.toString gives the shortest round-tripping digits (JDK 19+) but never fewer than two, where
     * Python takes one when one round-trips ({@code 5e-324}, not {@code 4.9e-324}).
     */
    private static BigDecimal shortest(double magnitude) {
        BigDecimal twoOrMore = new BigDecimal(Double.toString(magnitude)).stripTrailingZeros();
        if (twoOrMore.precision() == 2) {
            BigDecimal one = twoOrMore.round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (one.doubleValue() == magnitude) {
                return one.stripTrailingZeros();
            }
        }
        return twoOrMore;
    }

    /** Python's {@code repr(float)}: the shortest digits that round-trip, in Python's layout. */
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = shortest(Math.abs(d));
        String digits = exact.unscaledValue().toString();
        int exponent = digits.length() - 1 - exact.scale();
        StringBuilder out = new StringBuilder(24);
        if (d < 0) {
            out.append('-');
        }
        if (exponent < -4 || exponent >= 16) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(exponent < 0 ? '-' : '+');
            int magnitude = Math.abs(exponent);
            if (magnitude < 10) {
                out.append('0');
            }
            out.append(magnitude);
        } else if (exponent >= digits.length() - 1) {
            out.append(digits).append("0".repeat(exponent - digits.length() + 1)).append(".0");
        } else if (exponent >= 0) {
            out.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
        } else {
            out.append("0.").append("0".repeat(-exponent - 1)).append(digits);
        }
        return out.toString();
    }
}
