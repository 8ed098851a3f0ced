package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.InvalidArgumentException;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;

import java.util.Map;

/** A filter's arguments, found by position or by keyword as Python finds them. */
record FilterArgs(String filter, Object[] positional, Map<String, Object> keywords) {

    Object get(int index, String keyword, Object fallback) {
        if (positional != null && index < positional.length) {
            return positional[index];
        }
        return keywords.getOrDefault(keyword, fallback);
    }

    String string(int index, String keyword, String fallback) {
        Object value = get(index, keyword, fallback);
        return value == null ? null : PyValues.str(value);
    }

    boolean bool(int index, String keyword, boolean fallback) {
        Object value = get(index, keyword, fallback);
        return value instanceof Boolean b ? b : value != null && !PyValues.isMissing(value) && !"0".equals(value.toString());
    }

    /** A whole-number argument; a bool counts as the int it is, anything else fails as Python's slicing and repeat do. */
    long integer(int index, String keyword, long fallback) {
        Object value = get(index, keyword, fallback);
        return switch (value) {
            case Boolean b -> b ? 1 : 0;
            case Double d -> throw invalid("expects a whole number for '" + keyword + "': 'float' object cannot be "
                    + "interpreted as an integer");
            case Number n -> n.longValue();
            case null, default -> throw invalid("expects a whole number for '" + keyword + "', got "
                    + PyValues.typeName(value) + " " + PyValues.str(value));
        };
    }

    /** An argument Python requires: missing fails. */
    Object required(int index, String keyword) {
        if ((positional == null || positional.length <= index) && !keywords.containsKey(keyword)) {
            throw invalid("missing the argument '" + keyword + "'");
        }
        return get(index, keyword, null);
    }

    /** A text argument Python requires: missing or not text fails. */
    String requiredText(int index, String keyword) {
        Object value = required(index, keyword);
        if (!PyValueTests.isText(value)) {
            throw invalid("expects text for '" + keyword + "', got " + PyValues.typeName(value));
        }
        return value.toString();
    }

    InvalidArgumentException invalid(String message) {
        return new InvalidArgumentException(JinjavaInterpreter.getCurrent(), filter, filter + " " + message);
    }
}
