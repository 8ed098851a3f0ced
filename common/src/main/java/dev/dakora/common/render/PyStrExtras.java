package dev.dakora.common.render;

import dev.dakora.common.value.PythonFormat;

import java.util.List;

/**
 * The rarer {@code str} methods templates call: {@code expandtabs}, {@code encode} (giving bytes),
 * {@code isprintable}, {@code format_map} and the dunders Jinja2 lets a template call directly
 * ({@code s.__len__()}, {@code s.__add__('x')}, ...).
 */
final class PyStrExtras {

    private PyStrExtras() {
    }

    static Object call(String s, String name, MethodArgs a) {
        return switch (name) {
            case "expandtabs" -> expandTabs(s, a.atMost(1, "expandtabs").integer(0, "tabsize", 8));
            case "encode" -> PyEncoding.encode(s, a.atMost(2, "encode").string(0, "encoding", "utf-8"),
                    a.string(1, "errors", "strict"));
            case "isprintable" -> s.codePoints().allMatch(PythonFormat::isPrintable);
            case "format_map" -> PyStrFormat.format(s, List.of(), mapping(a.exactly(1, "format_map").get(0, "mapping", null)));
            case "__len__" -> {
                a.atMost(0, "__len__");
                yield (long) s.codePointCount(0, s.length());
            }
            case "__contains__" -> PyMembership.contains(s, a.exactly(1, "__contains__").get(0, "key", null));
            case "__getitem__" -> character(s, a.exactly(1, "__getitem__").integer(0, "key", 0));
            case "__add__" -> {
                Object other = a.exactly(1, "__add__").get(0, "value", null);
                if (!(other instanceof CharSequence) && !(other instanceof com.hubspot.jinjava.objects.SafeString)) {
                    throw new IllegalArgumentException("can only concatenate str (not \"" + PyValues.typeName(other)
                            + "\") to str");
                }
                yield PySequences.join(s, other);
            }
            case "__mul__", "__rmul__" -> {
                Object times = a.exactly(1, name).get(0, "value", null);
                if (!PyInts.isInt(times)) {
                    throw new IllegalArgumentException("can't multiply sequence by non-int of type '"
                            + PyValues.typeName(times) + "'");
                }
                yield PySequences.repeat(s, times);
            }
            case "__str__" -> {
                a.atMost(0, "__str__");
                yield s;
            }
            case "__repr__" -> {
                a.atMost(0, "__repr__");
                yield PythonFormat.repr(s);
            }
            default -> throw new IllegalArgumentException("'str' object has no attribute '" + name + "'");
        };
    }

    /** Python's {@code expandtabs}: each tab pads to the next multiple of {@code size}; a line break restarts the column. */
    static String expandTabs(String s, long size) {
        StringBuilder out = new StringBuilder(s.length());
        long column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                long pad = size <= 0 ? 0 : size - column % size;
                OutputBudget.require(out.length() + pad, "the expanded text");
                out.repeat(' ', (int) pad);
                column += pad;
            } else {
                out.append(c);
                column = c == '\n' || c == '\r' ? 0 : Character.isLowSurrogate(c) ? column : column + 1;
            }
        }
        return out.toString();
    }

    private static java.util.Map<String, Object> mapping(Object value) {
        if (!(value instanceof java.util.Map<?, ?> map)) {
            throw new IllegalArgumentException("format_map() argument must be a mapping, not " + PyValues.typeName(value));
        }
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> out.put(PyValues.str(k), v));
        return out;
    }

    private static String character(String s, long index) {
        int length = s.codePointCount(0, s.length());
        long at = index < 0 ? index + length : index;
        if (at < 0 || at >= length) {
            throw new IllegalArgumentException("string index out of range");
        }
        return Character.toString(s.codePointAt(s.offsetByCodePoints(0, (int) at)));
    }
}
