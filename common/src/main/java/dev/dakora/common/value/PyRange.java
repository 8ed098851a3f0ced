package dev.dakora.common.value;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Python's {@code range(start, stop, step)}: an immutable sequence of whole numbers computed on
 * demand, printed as Python prints it ({@code range(0, 3)}, {@code range(1, 10, 3)}) and equal only
 * to a range holding the same numbers, as in Python.
 */
public final class PyRange extends AbstractList<Object> implements RandomAccess, PythonRepr {

    private final long start;
    private final long stop;
    private final long step;
    private final int size;

    /** A range of {@code size} numbers; the caller has checked that every one fits a long. */
    public PyRange(long start, long stop, long step, int size) {
        if (step == 0 || size < 0) {
            throw new IllegalArgumentException("a range needs a non-zero step and a size of zero or more");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.size = size;
    }

    public long start() {
        return start;
    }

    public long stop() {
        return stop;
    }

    public long step() {
        return step;
    }

    @Override
    public Object get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("range object index out of range");
        }
        return start + index * step;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PyRange range && super.equals(range);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public void appendRepr(StringBuilder out) {
        out.append("range(").append(start).append(", ").append(stop);
        if (step != 1) {
            out.append(", ").append(step);
        }
        out.append(')');
    }
}
