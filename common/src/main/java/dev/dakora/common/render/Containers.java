package dev.dakora.common.render;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/** Identity checks over nested lists and dicts, so a method never makes a value that holds itself. */
final class Containers {

    private Containers() {
    }

    /** Whether {@code value} is {@code target} or holds it at any depth (each container visited once). */
    static boolean holds(Object value, Object target) {
        if (!(value instanceof Iterable<?> || value instanceof Map<?, ?>)) {
            return false;
        }
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> pending = new ArrayDeque<>();
        pending.push(value);
        while (!pending.isEmpty()) {
            Object current = pending.pop();
            if (current == target) {
                return true;
            }
            if (!seen.add(current)) {
                continue;
            }
            Iterable<?> children = current instanceof Map<?, ?> map ? map.values() : (Iterable<?>) current;
            for (Object child : children) {
                if (child instanceof Iterable<?> || child instanceof Map<?, ?>) {
                    pending.push(child);
                }
            }
        }
        return false;
    }
}
