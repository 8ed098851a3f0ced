package dev.dakora.common.render;

/** Python's float {@code divmod} and {@code **}, with the errors CPython raises. */
final class PyFloats {

    private PyFloats() {
    }

    /** CPython's {@code float_divmod}: the floor quotient and a remainder with the divisor's sign. */
    static double[] divmod(double x, double y, String zeroMessage) {
        if (y == 0) {
            throw PyFailure.error(zeroMessage);
        }
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        double floorDiv;
        if (div != 0) {
            floorDiv = Math.floor(div);
            if (div - floorDiv > 0.5) {
                floorDiv += 1.0;
            }
        } else {
            floorDiv = Math.copySign(0.0, x / y);
        }
        return new double[] {floorDiv, mod};
    }

    static double pow(double x, double y) {
        if (x == 0 && y < 0) {
            throw PyFailure.error("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && Double.isFinite(x) && y != Math.rint(y) && Double.isFinite(y)) {
            throw PyFailure.error("a negative number raised to a fractional power is a complex number, which templates do not support");
        }
        double result = Math.pow(x, y);
        if (Double.isInfinite(result) && Double.isFinite(x) && Double.isFinite(y)) {
            throw PyFailure.error("(34, 'Numerical result out of range')");
        }
        return result;
    }
}
