package dev.dakora.common.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Python's {@code +} and {@code *} on strs and lists: joined or repeated, refused before the result
 * is built when it would be longer than the output cap.
 */
final class PySequences {

    private PySequences() {
    }

    /** {@code a + b} for two strs or two lists. */
    static Object join(Object a, Object b) {
        if (a instanceof List<?> x && b instanceof List<?> y) {
            PyFailure.checkSize((long) x.size() + y.size(), "the list");
            List<Object> joined = new ArrayList<>(x.size() + y.size());
            joined.addAll(x);
            joined.addAll(y);
            return joined;
        }
        String x = a.toString();
        String y = b.toString();
        PyFailure.checkSize((long) x.length() + y.length(), "the text");
        return x.concat(y);
    }

    /** {@code sequence * times}: empty for a count of zero or less. */
    static Object repeat(Object sequence, Object times) {
        long count = PyInts.fitsLong(times) ? Math.max(0, PyInts.asLong(times)) : PyInts.big(times).signum() > 0 ? Long.MAX_VALUE : 0;
        if (PyArithmetic.isText(sequence)) {
            String text = sequence.toString();
            PyFailure.checkSize(text.isEmpty() || count == 0 ? 0 : multiply(text.length(), count), "the text");
            return text.repeat((int) (text.isEmpty() ? 0 : count));
        }
        List<?> list = (List<?>) sequence;
        PyFailure.checkSize(list.isEmpty() || count == 0 ? 0 : multiply(list.size(), count), "the list");
        List<Object> repeated = new ArrayList<>((int) (list.size() * count));
        for (Object item : Collections.nCopies((int) count, list)) {
            repeated.addAll((List<?>) item);
        }
        return repeated;
    }

    private static long multiply(long size, long count) {
        long product = size * count;
        return Math.multiplyHigh(size, count) != 0 || product < 0 ? Long.MAX_VALUE : product;
    }

}
