package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PyRange;
import dev.dakora.common.value.PyTuple;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstRightValue;
import jinjava.javax.el.ELContext;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's slice {@code x[start:stop:step]} of a str, list or tuple: each part optional, negative
 * indices count from the end, out-of-range bounds are clipped, a negative step walks backwards.
 */
final class AstSlice extends AstRightValue {

    private final AstNode base;
    private final AstNode[] parts;

    AstSlice(AstNode base, AstNode start, AstNode stop, AstNode step) {
        this.base = base;
        this.parts = new AstNode[] {start, stop, step};
    }

    @Override
    public Object eval(Bindings bindings, ELContext context) {
        Object value = base.eval(bindings, context);
        Long start = index(parts[0], bindings, context);
        Long stop = index(parts[1], bindings, context);
        Long stepOrNull = index(parts[2], bindings, context);
        long step = stepOrNull == null ? 1 : stepOrNull;
        if (step == 0) {
            throw PyFailure.error("slice step cannot be zero");
        }
        if (value instanceof CharSequence || value instanceof SafeString) {
            int[] codePoints = value.toString().codePoints().toArray();
            StringBuilder out = new StringBuilder();
            walk(codePoints.length, start, stop, step, i -> out.appendCodePoint(codePoints[i]));
            return value instanceof Markup ? new Markup(out.toString()) : out.toString();
        }
        if (value instanceof PyRange range) {
            return slice(range, start, stop, step);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            walk(list.size(), start, stop, step, i -> out.add(list.get(i)));
            return value instanceof PyTuple ? PyTuple.of(out.toArray()) : out;
        }
        if (value == null || value instanceof Undefined) {
            throw PyFailure.undefined("an undefined value was sliced");
        }
        throw PyFailure.error("'" + PyValues.typeName(value) + "' object is not subscriptable");
    }

    /** A slice of a range is a range, as in Python: {@code range(10)[::-1]} is {@code range(9, -1, -1)}. */
    private static PyRange slice(PyRange range, Long start, Long stop, long step) {
        int length = range.size();
        long lower = step > 0 ? 0 : -1;
        long upper = step > 0 ? length : length - 1;
        long from = start == null ? (step < 0 ? upper : lower) : clip(start, length, lower, upper);
        long to = stop == null ? (step < 0 ? lower : upper) : clip(stop, length, lower, upper);
        long span = step > 0 ? to - from : from - to;
        int size = span <= 0 ? 0 : (int) ((span + Math.abs(step) - 1) / Math.abs(step));
        return new PyRange(Math.addExact(range.start(), Math.multiplyExact(from, range.step())),
                Math.addExact(range.start(), Math.multiplyExact(to, range.step())),
                Math.multiplyExact(range.step(), step), size);
    }

    private static void walk(int length, Long start, Long stop, long step, java.util.function.IntConsumer take) {
        long lower = step > 0 ? 0 : -1;
        long upper = step > 0 ? length : length - 1;
        long from = start == null ? (step < 0 ? upper : lower) : clip(start, length, lower, upper);
        long to = stop == null ? (step < 0 ? lower : upper) : clip(stop, length, lower, upper);
        for (long i = from; step > 0 ? i < to : i > to; i += step) {
            take.accept((int) i);
        }
    }

    private static long clip(long index, int length, long lower, long upper) {
        long i = index < 0 ? index + length : index;
        return i < 0 ? Math.max(i, lower) : Math.min(i, upper);
    }

    private static Long index(AstNode node, Bindings bindings, ELContext context) {
        if (node == null) {
            return null;
        }
        Object value = node.eval(bindings, context);
        if (value == null) {
            return null;
        }
        if (!PyInts.isInt(value)) {
            throw PyFailure.error("slice indices must be integers or None or have an __index__ method");
        }
        BigInteger big = PyInts.big(value);
        return big.bitLength() < 62 ? big.longValue() : big.signum() * (1L << 61);
    }

    @Override
    public void appendStructure(StringBuilder builder, Bindings bindings) {
        base.appendStructure(builder, bindings);
        builder.append('[');
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                builder.append(':');
            }
            if (parts[i] != null) {
                parts[i].appendStructure(builder, bindings);
            }
        }
        builder.append(']');
    }

    @Override
    public int getCardinality() {
        return 4;
    }

    @Override
    public AstNode getChild(int i) {
        return i == 0 ? base : i < 4 ? parts[i - 1] : null;
    }
}
