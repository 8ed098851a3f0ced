package dev.dakora.common.render;

import dev.dakora.common.value.PyTuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code dict} methods that change the dict, as Jinja2 lets a template call them:
 * {@code setdefault}, {@code pop}, {@code popitem}, {@code update} and {@code clear}. A dict never
 * grows past the render's output cap, nor into itself.
 */
final class PyDictChanges {

    private PyDictChanges() {
    }

    static Object call(Map<Object, Object> map, String name, MethodArgs a) {
        return switch (name) {
            case "setdefault" -> {
                Object key = a.require(1, "setdefault").atMost(2, "setdefault").get(0, "key", null);
                if (PyDicts.keyOf(map, key) == PyDicts.MISSING) {
                    put(map, key, a.get(1, "default", null));
                }
                yield map.get(PyDicts.keyOf(map, key));
            }
            case "pop" -> {
                Object key = a.require(1, "pop").atMost(2, "pop").get(0, "key", null);
                if (PyDicts.keyOf(map, key) == PyDicts.MISSING && a.positional().size() + a.keywords().size() > 1) {
                    yield a.get(1, "default", null);
                }
                yield map.remove(PyDicts.present(map, key));
            }
            case "popitem" -> popitem(map, a.atMost(0, "popitem"));
            case "update" -> update(map, a);
            case "clear" -> {
                a.atMost(0, "clear");
                map.clear();
                yield null;
            }
            default -> throw new IllegalArgumentException("'dict' object has no attribute '" + name + "'");
        };
    }

    private static Object popitem(Map<Object, Object> map, MethodArgs a) {
        Map.Entry<Object, Object> last = null;
        for (Map.Entry<Object, Object> entry : map.entrySet()) {
            last = entry;
        }
        if (last == null) {
            throw new IllegalArgumentException("popitem(): dictionary is empty");
        }
        PyTuple item = PyTuple.of(last.getKey(), last.getValue());
        map.remove(last.getKey());
        return item;
    }

    /** {@code update(mapping_or_pairs, key=value, ...)}: a dict, or pairs of key and value, then keywords. */
    private static Object update(Map<Object, Object> map, MethodArgs a) {
        if (a.positional().size() > 1) {
            throw new IllegalArgumentException("update expected at most 1 argument, got " + a.positional().size());
        }
        Map<Object, Object> changes = new LinkedHashMap<>();
        if (!a.positional().isEmpty()) {
            Object source = a.positional().getFirst();
            if (source instanceof Map<?, ?> other) {
                changes.putAll(other);
            } else {
                int index = 0;
                for (Object pair : PyValues.iterable(source)) {
                    List<Object> kv = PyValues.iterable(pair);
                    if (kv.size() != 2) {
                        throw new IllegalArgumentException("dictionary update sequence element #" + index
                                + " has length " + kv.size() + "; 2 is required");
                    }
                    changes.put(kv.get(0), kv.get(1));
                    index++;
                }
            }
        }
        changes.putAll(a.keywords());
        for (Map.Entry<Object, Object> change : changes.entrySet()) {
            put(map, change.getKey(), change.getValue());
        }
        return null;
    }

    private static void put(Map<Object, Object> map, Object key, Object value) {
        if (Containers.holds(value, map)) {
            throw new IllegalArgumentException("a dict cannot contain itself here");
        }
        Object existing = PyDicts.keyOf(map, key);
        if (existing == PyDicts.MISSING) {
            OutputBudget.require(map.size() + 1L, "the dict");
        }
        OutputBudget.keep(value, "the lists and dicts of the template");
        map.put(existing == PyDicts.MISSING ? key : existing, Containers.unwrap(value));
    }
}
