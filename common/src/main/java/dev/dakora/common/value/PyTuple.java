package dev.dakora.common.value;

import com.hubspot.jinjava.objects.PyWrapper;

import java.util.AbstractList;
import java.util.Arrays;

/**
 * An immutable Python tuple: a list that {@link PythonFormat} prints in parentheses, as Python
 * prints {@code dict.items()} pairs: {@code ('a', 1)}. Marked as a Jinjava wrapper so that a tuple
 * kept in a variable stays a tuple instead of becoming Jinjava's list.
 */
public class PyTuple extends AbstractList<Object> implements PyWrapper {

    private final Object[] items;

    protected PyTuple(Object[] items) {
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return new PyTuple(Arrays.copyOf(items, items.length));
    }

    @Override
    public Object get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }
}
