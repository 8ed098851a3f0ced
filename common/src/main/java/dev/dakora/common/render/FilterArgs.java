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

    long integer(int index, String keyword, long fallback) {
        Object value = get(index, keyword, fallback);
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        try {
            return Long.parseLong(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw invalid("expects a whole number for '" + keyword + "', got " + PyValues.str(value));
        }
    }

    InvalidArgumentException invalid(String message) {
        return new InvalidArgumentException(JinjavaInterpreter.getCurrent(), filter, filter + " " + message);
    }
}
