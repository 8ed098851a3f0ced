package dev.dakora.common.render;

import dev.dakora.common.value.PyTuple;

import java.util.List;
import java.util.Map;

/**
 * Python's {@code in}: a substring of a str (a non-str operand is a TypeError), a key of a dict (a
 * list or dict operand is unhashable), an item of any other iterable by {@link PyCompare#eq}.
 */
final class PyMembership {

    private PyMembership() {
    }

    /** Python's {@code item in container}. */
    static boolean contains(Object container, Object item) {
        if (PyCompare.isText(container)) {
            if (!PyCompare.isText(item)) {
                throw PyFailure.error("'in <string>' requires string as left operand, not " + PyValues.typeName(item));
            }
            return container.toString().contains(item.toString());
        }
        if (container instanceof Map<?, ?> map) {
            if (item instanceof List<?> && !(item instanceof PyTuple) || item instanceof Map<?, ?>) {
                throw PyFailure.error("unhashable type: '" + PyValues.typeName(item) + "'");
            }
            if (PyCompare.isText(item) ? map.containsKey(item.toString()) : map.containsKey(item)) {
                return true;
            }
            return !PyCompare.isText(item) && map.keySet().stream().anyMatch(key -> PyCompare.eq(key, item));
        }
        if (container instanceof Iterable<?> items && !(container instanceof Undefined)) {
            for (Object candidate : items) {
                if (PyCompare.eq(candidate, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof Undefined) {
            throw PyFailure.undefined("an undefined value was used with 'in'");
        }
        throw PyFailure.error("argument of type '" + PyValues.typeName(container) + "' is not iterable");
    }
}
