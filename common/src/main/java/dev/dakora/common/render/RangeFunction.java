package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code range(stop)}, {@code range(start, stop[, step])}. A range longer than the loop
 * limit fails the render (Jinjava's own {@code range} silently cuts it short). Public only because
 * Jinjava calls it by reflection; not part of the API.
 */
public final class RangeFunction {

    private RangeFunction() {
    }

    static ELFunctionDefinition definition() {
        return new ELFunctionDefinition("", "range", RangeFunction.class, "range", Object.class, Object[].class);
    }

    public static List<Long> range(Object first, Object... rest) {
        long start = rest.length == 0 ? 0 : whole(first);
        long stop = rest.length == 0 ? whole(first) : whole(rest[0]);
        long step = rest.length > 1 ? whole(rest[1]) : 1;
        if (step == 0) {
            throw new IllegalArgumentException("range() arg 3 must not be zero");
        }
        long count = step > 0 ? Math.max(0, (stop - start + step - 1) / step) : Math.max(0, (start - stop - step - 1) / -step);
        JinjavaInterpreter current = JinjavaInterpreter.getCurrent();
        long limit = current.getConfig().getRangeLimit();
        if (count > limit && current instanceof SandboxedInterpreter sandboxed) {
            sandboxed.state().fail(new RenderException(RenderException.Kind.LOOP_LIMIT, "range() would make " + count
                    + " numbers, more than the loop limit of " + limit + "; use a smaller range",
                    sandboxed.getLineNumber(), null));
        }
        List<Long> numbers = new ArrayList<>((int) Math.min(count, limit));
        for (long i = 0, value = start; i < count; i++, value += step) {
            numbers.add(value);
        }
        return numbers;
    }

    private static long whole(Object value) {
        if (value instanceof Number n && PyNumbers.isInt(n)) {
            return n.longValue();
        }
        throw new IllegalArgumentException("range() needs whole numbers, got " + PyValues.str(value));
    }
}
