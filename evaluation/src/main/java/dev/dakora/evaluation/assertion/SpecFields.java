package dev.dakora.evaluation.assertion;

import dev.dakora.common.value.Values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields of one assertion as a user wrote them (a JSON or YAML map), read with typed getters that
 * name the field they refuse. {@link #finish} refuses any field no getter asked for, so a typo is an
 * error rather than a silently ignored option.
 */
final class SpecFields {

    private final Map<String, Object> map;
    private final Set<String> read = new HashSet<>();

    SpecFields(Map<?, ?> map) {
        this.map = Values.normalizeMap(map);
        read.add("type");
    }

    /** Whether the field is given; asking makes it a known field of this type. */
    boolean has(String name) {
        read.add(name);
        return map.get(name) != null;
    }

    Object raw(String name) {
        read.add(name);
        return map.get(name);
    }

    String text(String name) {
        Object value = raw(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw new SpecFieldException(name, "must be a string");
        }
        return s;
    }

    String requiredText(String name) {
        String value = text(name);
        if (value == null || value.isEmpty()) {
            throw new SpecFieldException(name, "is required");
        }
        return value;
    }

    boolean flag(String name) {
        Object value = raw(name);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean b)) {
            throw new SpecFieldException(name, "must be true or false");
        }
        return b;
    }

    Double number(String name) {
        Object value = raw(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw new SpecFieldException(name, "must be a number");
        }
        return n.doubleValue();
    }

    BigDecimal decimal(String name) {
        Object value = raw(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw new SpecFieldException(name, "must be a number");
        }
        return new BigDecimal(n.toString());
    }

    Long whole(String name) {
        Object value = raw(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Long l)) {
            throw new SpecFieldException(name, "must be a whole number");
        }
        return l;
    }

    List<String> textList(String name) {
        Object value = raw(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> items) || items.isEmpty()) {
            throw new SpecFieldException(name, "must be a non-empty list of strings");
        }
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String s) || s.isEmpty()) {
                throw new SpecFieldException(name + "[" + i + "]", "must be a non-empty string");
            }
            out.add(s);
        }
        return out;
    }

    double weight() {
        Double weight = number("weight");
        return weight == null ? 1.0 : weight;
    }

    void finish(String type) {
        Set<String> unknown = new TreeSet<>(map.keySet());
        unknown.removeAll(read);
        if (!unknown.isEmpty()) {
            String name = unknown.iterator().next();
            TreeSet<String> known = new TreeSet<>(read);
            known.remove("type");
            throw new SpecFieldException(name, "is not a field of " + type + " (its fields: " + String.join(", ", known) + ")");
        }
    }
}
