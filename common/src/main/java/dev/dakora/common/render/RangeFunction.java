package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;

import dev.dakora.common.value.PyRange;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code range(stop)}, {@code range(start, stop[, step])}: a {@link PyRange} computed on
 * demand and printed as {@code range(0, 3)} (numbers past a long's range are listed instead). A range longer than the loop
 * limit fails the render (Jinjava's own {@code range} silently cuts it short). Public only because
 * Jinjava calls it by reflection; not part of the API.
 */
public final class RangeFunction {

    private RangeFunction() {
    }

    static ELFunctionDefinition definition() {
        return new ELFunctionDefinition("", "range", RangeFunction.class, "range", Object.class, Object[].class);
    }

    public static List<Object> range(Object first, Object... rest) {
        BigInteger start = rest.length == 0 ? BigInteger.ZERO : whole(first);
        BigInteger stop = rest.length == 0 ? whole(first) : whole(rest[0]);
        BigInteger step = rest.length > 1 ? whole(rest[1]) : BigInteger.ONE;
        if (step.signum() == 0) {
            throw PyFailure.error("range() arg 3 must not be zero");
        }
        long count = count(start, stop, step);
        JinjavaInterpreter current = JinjavaInterpreter.getCurrent();
        long limit = current.getConfig().getRangeLimit();
        if (count > limit && current instanceof SandboxedInterpreter sandboxed) {
            sandboxed.state().fail(new RenderException(RenderException.Kind.LOOP_LIMIT, "range() would make " + count
                    + " numbers, more than the loop limit of " + limit + "; use a smaller range",
                    sandboxed.getLineNumber(), null));
        }
        if (start.bitLength() < 62 && stop.bitLength() < 62 && step.bitLength() < 62) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue(), (int) Math.min(count, limit));
        }
        List<Object> numbers = new ArrayList<>((int) Math.min(count, limit));
        BigInteger value = start;
        for (long i = 0; i < count; i++, value = value.add(step)) {
            numbers.add(PyInts.normalize(value));
        }
        return numbers;
    }

    /** How many numbers the range holds, exactly; {@code Long.MAX_VALUE} when that is more than a long holds. */
    private static long count(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        if (span.signum() <= 0) {
            return 0;
        }
        BigInteger count = span.add(step.abs()).subtract(BigInteger.ONE).divide(step.abs());
        return count.bitLength() < 64 ? count.longValue() : Long.MAX_VALUE;
    }

    private static BigInteger whole(Object value) {
        if (PyInts.isInt(value)) {
            return PyInts.big(value);
        }
        throw PyFailure.error("'" + PyValues.typeName(value) + "' object cannot be interpreted as an integer");
    }
}
