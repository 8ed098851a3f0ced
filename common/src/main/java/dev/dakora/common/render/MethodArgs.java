package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.NamedParameter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The arguments of a Python method call, by position and by keyword ({@code s.split(',', maxsplit=1)}). */
record MethodArgs(List<Object> positional, Map<String, Object> keywords) {

    static MethodArgs of(Object[] params) {
        List<Object> positional = new ArrayList<>(params.length);
        Map<String, Object> keywords = Map.of();
        for (Object param : params) {
            if (param instanceof NamedParameter named) {
                if (keywords.isEmpty()) {
                    keywords = new LinkedHashMap<>();
                }
                keywords.put(named.getName(), named.getValue());
            } else {
                positional.add(param);
            }
        }
        return new MethodArgs(positional, keywords);
    }

    /** Fails as Python does when a required argument is missing. */
    MethodArgs require(int count, String method) {
        if (positional.size() + keywords.size() < count) {
            throw new IllegalArgumentException(method + "() takes at least " + count + " argument"
                    + (count == 1 ? "" : "s") + " (" + (positional.size() + keywords.size()) + " given)");
        }
        return this;
    }

    /** Fails as Python does when more than {@code count} arguments are given. */
    MethodArgs atMost(int count, String method) {
        int given = positional.size() + keywords.size();
        if (given > count) {
            throw new IllegalArgumentException(method + "() takes at most " + count + " argument"
                    + (count == 1 ? "" : "s") + " (" + given + " given)");
        }
        return this;
    }

    /** Fails as Python does unless exactly {@code count} arguments are given. */
    MethodArgs exactly(int count, String method) {
        return require(count, method).atMost(count, method);
    }

    Object get(int index, String keyword, Object fallback) {
        return index < positional.size() ? positional.get(index) : keywords.getOrDefault(keyword, fallback);
    }

    String string(int index, String keyword, String fallback) {
        Object value = get(index, keyword, fallback);
        return value == null ? null : PyValues.str(value);
    }

    long integer(int index, String keyword, long fallback) {
        Object value = get(index, keyword, fallback);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).longValue();
        }
        throw new IllegalArgumentException("'" + PyMethods.typeName(value) + "' object cannot be interpreted as an integer");
    }

    /** A Python slice bound: {@code None} for the default, negative counted from {@code length}, then clamped. */
    int bound(int index, String keyword, int length, int fallback) {
        Object value = get(index, keyword, null);
        if (value == null) {
            return fallback;
        }
        long at = integer(index, keyword, fallback);
        return (int) Math.max(0, Math.min(length, at < 0 ? at + length : at));
    }
}
