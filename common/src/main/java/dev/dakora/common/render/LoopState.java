package dev.dakora.common.render;

import com.hubspot.jinjava.util.ForLoop;
import dev.dakora.common.value.PythonRepr;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Jinja2's {@code loop} object: index, revindex, first, last, length, depth, previtem, nextitem,
 * {@code cycle(...)} and {@code changed(...)}, over a list known in advance.
 */
public final class LoopState extends ForLoop implements PythonRepr {

    private static final Object NOTHING = new Object();

    private final List<Object> items;
    private final int depth;
    private int index = -1;
    private Object lastChanged = NOTHING;

    LoopState(List<Object> items, int depth) {
        super(Collections.emptyIterator(), items.size());
        this.items = items;
        this.depth = depth;
    }

    void advance() {
        index++;
    }

    @Override
    public int getIndex() {
        return index + 1;
    }

    @Override
    public int getIndex0() {
        return index;
    }

    @Override
    public int getRevindex() {
        return items.size() - index;
    }

    @Override
    public int getRevindex0() {
        return items.size() - index - 1;
    }

    @Override
    public int getLength() {
        return items.size();
    }

    @Override
    public boolean isFirst() {
        return index == 0;
    }

    @Override
    public boolean isLast() {
        return index == items.size() - 1;
    }

    @Override
    public int getDepth() {
        return depth + 1;
    }

    @Override
    public int getDepth0() {
        return depth;
    }

    public Object getPrevitem() {
        return index > 0 ? items.get(index - 1) : Undefined.INSTANCE;
    }

    public Object getNextitem() {
        return index + 1 < items.size() ? items.get(index + 1) : Undefined.INSTANCE;
    }

    @Override
    public Object cycle(Object... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no items for cycling given");
        }
        return values[index % values.length];
    }

    /** True on the first call and whenever the values differ from the previous call's. */
    public boolean changed(Object... values) {
        List<Object> current = Arrays.asList(values);
        if (current.equals(lastChanged)) {
            return false;
        }
        lastChanged = current;
        return true;
    }

    @Override
    public boolean hasNext() {
        return false;
    }

    /** Jinja2's {@code <LoopContext 1/3>}. */
    @Override
    public void appendRepr(StringBuilder out) {
        out.append("<LoopContext ").append(getIndex()).append('/').append(items.size()).append('>');
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        appendRepr(out);
        return out.toString();
    }
}
