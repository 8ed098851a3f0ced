package dev.dakora.common.render;

import com.hubspot.jinjava.objects.Namespace;
import com.hubspot.jinjava.objects.collections.PyList;
import com.hubspot.jinjava.objects.collections.PyMap;

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

    /**
     * The list or dict a Jinjava wrapper stands for: Jinjava hands out a new wrapper around the same
     * list each time a template names it, so identity is checked on what the wrappers hold.
     */
    static Object unwrap(Object value) {
        Object current = value;
        while (!(current instanceof Namespace) && (current instanceof PyList || current instanceof PyMap)) {
            current = current instanceof PyList list ? list.toList() : ((PyMap) current).toMap();
        }
        return current;
    }

    /** Whether {@code value} is {@code target} or holds it at any depth (each container visited once). */
    static boolean holds(Object value, Object container) {
        if (!(value instanceof Iterable<?> || value instanceof Map<?, ?>)) {
            return false;
        }
        Object target = unwrap(container);
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> pending = new ArrayDeque<>();
        pending.push(value);
        while (!pending.isEmpty()) {
            Object current = unwrap(pending.pop());
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
