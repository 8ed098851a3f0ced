package dev.dakora.common.render;

import dev.dakora.common.value.PyTuple;
import dev.dakora.common.value.PythonFormat;
import dev.dakora.common.value.PythonRepr;

import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.Map;

/**
 * Python's live views {@code dict.keys()}, {@code dict.values()} and {@code dict.items()}: iterable
 * and sized but not indexable, following later changes to the dict, printed as Python prints them
 * ({@code dict_keys(['a', 'b'])}, {@code dict_items([('a', 1)])}).
 */
final class DictView extends AbstractCollection<Object> implements PythonRepr {

    enum Kind { KEYS, VALUES, ITEMS }

    private final Map<?, ?> map;
    private final Kind kind;

    DictView(Map<?, ?> map, Kind kind) {
        this.map = map;
        this.kind = kind;
    }

    @Override
    public Iterator<Object> iterator() {
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public Object next() {
                Map.Entry<?, ?> entry = entries.next();
                return switch (kind) {
                    case KEYS -> entry.getKey();
                    case VALUES -> entry.getValue();
                    case ITEMS -> PyTuple.of(entry.getKey(), entry.getValue());
                };
            }
        };
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean contains(Object item) {
        return kind == Kind.KEYS ? map.containsKey(item) : super.contains(item);
    }

    /** Keys and items views compare as sets; a values view equals only itself, as in Python. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return kind != Kind.VALUES && other instanceof DictView view && view.kind == kind && view.size() == size()
                && containsAll(view);
    }

    @Override
    public int hashCode() {
        return kind == Kind.VALUES ? System.identityHashCode(this) : map.keySet().hashCode();
    }

    @Override
    public void appendRepr(StringBuilder out) {
        out.append("dict_").append(kind.name().toLowerCase(java.util.Locale.ROOT)).append("([");
        boolean first = true;
        for (Object item : this) {
            out.append(first ? "" : ", ").append(PythonFormat.repr(item));
            first = false;
        }
        out.append("])");
    }
}
