package dev.dakora.common.render;

import dev.dakora.common.value.PythonFormat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code dict} methods as templates call them: views ({@code keys}, {@code values},
 * {@code items}), lookups with Python's key equality, {@code copy} and {@code fromkeys}; the ones that
 * change the dict are {@link PyDictChanges}.
 */
final class PyDicts {

    private PyDicts() {
    }

    /** Marks a key that is not in the dict (a dict may hold the key None). */
    static final Object MISSING = new Object();

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
            case "setdefault", "pop", "popitem", "update", "clear" -> PyDictChanges.call(map, name, a);
            default -> throw new IllegalArgumentException("'dict' object has no attribute '" + name + "'");
        };
    }

    private static Object view(Map<Object, Object> map, DictView.Kind kind, MethodArgs a) {
        a.atMost(0, kind.name().toLowerCase(java.util.Locale.ROOT));
        return new DictView(map, kind);
    }

    /** The key of {@code map} Python finds for {@code key} ({@code 1.0} finds {@code 1}), or {@link #MISSING}. */
    static Object keyOf(Map<Object, Object> map, Object key) {
        if (key == null) {
            return map.containsKey(null) ? null : MISSING;
        }
        Object found = AstPyDict.find(map, key);
        return found == null ? MISSING : found;
    }

    /** As {@link #keyOf}, a KeyError when the key is not there. */
    static Object present(Map<Object, Object> map, Object key) {
        Object found = keyOf(map, key);
        if (found == MISSING) {
            throw new IllegalArgumentException("KeyError: " + PythonFormat.repr(key));
        }
        return found;
    }
}
