package dev.dakora.common.render;

import java.util.List;

/**
 * The methods every Python sequence ({@code list}, {@code tuple}, {@code range}) has: {@code index},
 * {@code count} and the dunders templates call directly ({@code __len__}, {@code __contains__},
 * {@code __getitem__}).
 */
final class PySequenceMethods {

    private PySequenceMethods() {
    }

    static Object call(List<?> list, String name, MethodArgs a) {
        return switch (name) {
            case "index" -> {
                Object item = a.require(1, "index").get(0, "value", null);
                int start = a.bound(1, "start", list.size(), 0);
                int end = a.bound(2, "stop", list.size(), list.size());
                yield (long) PyLists.at(list, item, start, end, "%s is not in list");
            }
            case "count" -> {
                Object item = a.exactly(1, "count").get(0, "value", null);
                yield list.stream().filter(x -> PyCompare.eq(x, item)).count();
            }
            case "__len__" -> {
                a.atMost(0, "__len__");
                yield (long) list.size();
            }
            case "__contains__" -> PyMembership.contains(list, a.exactly(1, "__contains__").get(0, "key", null));
            case "__getitem__" -> item(list, a.exactly(1, "__getitem__").integer(0, "key", 0));
            default -> throw new IllegalArgumentException("'" + PyValues.typeName(list) + "' object has no attribute '"
                    + name + "'");
        };
    }

    private static Object item(List<?> list, long index) {
        long at = index < 0 ? index + list.size() : index;
        if (at < 0 || at >= list.size()) {
            throw new IllegalArgumentException(PyValues.typeName(list) + " index out of range");
        }
        return list.get((int) at);
    }
}
