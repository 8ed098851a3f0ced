package dev.dakora.common.render;

import dev.dakora.common.value.PyTuple;
import dev.dakora.common.value.PythonFormat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code dict} methods as templates call them: views ({@code keys}, {@code values},
 * {@code items}), lookups and the changing ones ({@code update}, {@code pop}, {@code setdefault}, ...),
 * which change the dict as Jinja2 does. A dict never grows past the render's output cap, nor into itself.
 */
final class PyDicts {

    private PyDicts() {
    }

    /** Marks a key that is not in the dict (a dict may hold the key None). */
    private static final Object MISSING = new Object();

    @SuppressWarnings("unchecked")
    static Object call(Map<?, ?> readOnly, String name, MethodArgs a) {
        Map<Object, Object> map = (Map<Object, Object>) Containers.unwrap(readOnly);
        return switch (name) {
            case "keys" -> view(map, DictView.Kind.KEYS, a);
            case "values" -> view(map, DictView.Kind.VALUES, a);
            case "items" -> view(map, DictView.Kind.ITEMS, a);
            case "get" -> {
                Object key = keyOf(map, a.require(1, "get").atMost(2, "get").get(0, "key", null));
                yield key == MISSING ? a.get(1, "default", null) : map.get(key);
            }
            case "__getitem__" -> map.get(present(map, a.exactly(1, "__getitem__").get(0, "key", null)));
            case "__contains__" -> keyOf(map, a.exactly(1, "__contains__").get(0, "key", null)) != MISSING;
            case "__len__" -> {
                a.atMost(0, "__len__");
                yield (long) map.size();
            }
            case "copy" -> {
                a.atMost(0, "copy");
                yield new LinkedHashMap<>(map);
            }
            case "fromkeys" -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                Object value = a.require(1, "fromkeys").atMost(2, "fromkeys").get(1, "value", null);
                List<Object> keys = PyValues.iterable(a.get(0, "iterable", null));
                OutputBudget.require(keys.size(), "the dict");
                keys.forEach(key -> AstPyDict.put(out, key, value));
                yield out;
            }
            case "setdefault" -> {
                Object key = a.require(1, "setdefault").atMost(2, "setdefault").get(0, "key", null);
                if (keyOf(map, key) == MISSING) {
                    put(map, key, a.get(1, "default", null));
                }
                yield map.get(keyOf(map, key));
            }
            case "pop" -> {
                Object key = a.require(1, "pop").atMost(2, "pop").get(0, "key", null);
                if (keyOf(map, key) == MISSING && a.positional().size() + a.keywords().size() > 1) {
                    yield a.get(1, "default", null);
                }
                yield map.remove(present(map, key));
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

    private static Object view(Map<Object, Object> map, DictView.Kind kind, MethodArgs a) {
        a.atMost(0, kind.name().toLowerCase(java.util.Locale.ROOT));
        return new DictView(map, kind);
    }

    /** The key of {@code map} Python finds for {@code key} ({@code 1.0} finds {@code 1}), or {@link #MISSING}. */
    private static Object keyOf(Map<Object, Object> map, Object key) {
        if (key == null) {
            return map.containsKey(null) ? null : MISSING;
        }
        Object found = AstPyDict.find(map, key);
        return found == null ? MISSING : found;
    }

    /** As {@link #keyOf}, a KeyError when the key is not there. */
    private static Object present(Map<Object, Object> map, Object key) {
        Object found = keyOf(map, key);
        if (found == MISSING) {
            throw new IllegalArgumentException("KeyError: " + PythonFormat.repr(key));
        }
        return found;
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
        Object existing = keyOf(map, key);
        if (existing == MISSING) {
            OutputBudget.require(map.size() + 1L, "the dict");
        }
        OutputBudget.keep(value, "the lists and dicts of the template");
        map.put(existing == MISSING ? key : existing, Containers.unwrap(value));
    }
}
