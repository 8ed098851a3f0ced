package dev.dakora.common.render;

import dev.dakora.common.value.PythonFormat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Python's {@code list} methods as templates call them: {@code xs.append('z')} changes the list and
 * gives None, as in Jinja2. A list never grows past the render's output cap, and never into itself
 * (Python allows that and prints {@code [...]}; here it fails the render so no value is cyclic).
 */
final class PyLists {

    private PyLists() {
    }

    @SuppressWarnings("unchecked")
    static Object call(List<?> readOnly, String name, MethodArgs a) {
        List<Object> list = (List<Object>) readOnly;
        return switch (name) {
            case "append" -> {
                Object item = a.exactly(1, "list.append").get(0, "object", null);
                yield grow(list, list.size(), List.of(wrapped(item, list)));
            }
            case "extend" -> {
                List<Object> items = PyValues.iterable(a.exactly(1, "list.extend").get(0, "iterable", null)).stream()
                        .map(item -> wrapped(item, list)).toList();
                yield grow(list, list.size(), items);
            }
            case "insert" -> {
                a.exactly(2, "insert");
                long at = a.integer(0, "index", 0);
                int index = (int) Math.max(0, Math.min(list.size(), at < 0 ? at + list.size() : at));
                yield grow(list, index, List.of(wrapped(a.get(1, "object", null), list)));
            }
            case "pop" -> pop(list, a.atMost(1, "pop").integer(0, "index", -1));
            case "remove" -> {
                list.remove(at(list, a.exactly(1, "list.remove").get(0, "value", null), 0, list.size(), "list.remove(x): x not in list"));
                yield null;
            }
            case "clear" -> {
                a.atMost(0, "list.clear");
                list.clear();
                yield null;
            }
            case "sort" -> sort(list, a);
            case "reverse" -> {
                a.atMost(0, "list.reverse");
                Collections.reverse(list);
                yield null;
            }
            case "copy" -> {
                a.atMost(0, "list.copy");
                yield new ArrayList<>(list);
            }
            default -> PySequenceMethods.call(list, name, a);
        };
    }

    /** Inserts {@code items} at {@code index}, failing first if the list would pass the output cap. */
    private static Object grow(List<Object> list, int index, List<Object> items) {
        OutputBudget.require((long) list.size() + items.size(), "the list");
        OutputBudget.keep(items, "the lists and dicts of the template");
        list.addAll(index, items);
        return null;
    }

    private static Object pop(List<Object> list, long index) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("pop from empty list");
        }
        long at = index < 0 ? index + list.size() : index;
        if (at < 0 || at >= list.size()) {
            throw new IllegalArgumentException("pop index out of range");
        }
        return list.remove((int) at);
    }

    private static Object sort(List<Object> list, MethodArgs a) {
        if (!a.positional().isEmpty()) {
            throw new IllegalArgumentException("sort() takes no positional arguments");
        }
        for (String keyword : a.keywords().keySet()) {
            if (!keyword.equals("reverse") && !(keyword.equals("key") && a.keywords().get(keyword) == null)) {
                throw new IllegalArgumentException("sort() takes only reverse= and key=None here, not " + keyword + "=");
            }
        }
        boolean reverse = PyValues.truthy(a.keywords().get("reverse"));
        list.sort(reverse ? (x, y) -> SortOrder.compare(y, x) : SortOrder::compare);
        return null;
    }

    /** The first index of {@code item} in {@code list[start:end]}, as Python compares ({@code 1 == 1.0}). */
    static int at(List<?> list, Object item, int start, int end, String notFound) {
        for (int i = start; i < end; i++) {
            if (PyCompare.eq(list.get(i), item)) {
                return i;
            }
        }
        throw new IllegalArgumentException(notFound.replace("%s", PythonFormat.repr(item)));
    }

    /** The item about to go into {@code list}, refused when it holds the list itself. */
    private static Object wrapped(Object item, List<?> list) {
        if (Containers.holds(item, list)) {
            throw new IllegalArgumentException("a list cannot contain itself here");
        }
        return Containers.unwrap(item);
    }
}
