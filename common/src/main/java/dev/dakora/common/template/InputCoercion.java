package dev.dakora.common.template;

import dev.dakora.common.value.PythonFormat;
import dev.dakora.common.value.Values;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The reference's input rules. A missing input takes its default; a missing required input with no
 * default is an error; a missing optional one is {@code None}. Values are coerced: anything to a
 * string by Python's {@code str()}, numeric strings to floats ({@code "7"} is {@code 7.0}) while
 * numbers keep integer or float, {@code "yes"/"y"/"1"/"true"} to true, one string to a one-item
 * list. Booleans are never numbers. Undeclared inputs are dropped.
 */
final class InputCoercion {

    private static final Set<String> TRUE_WORDS = Set.of("1", "true", "yes", "y");
    /** What Python's {@code float()} accepts, less the non-finite spellings. */
    private static final Pattern PY_FLOAT = Pattern.compile(
            "[+-]?(\\d(_?\\d)*(\\.(\\d(_?\\d)*)?)?|\\.\\d(_?\\d)*)([eE][+-]?\\d(_?\\d)*)?");

    private InputCoercion() {
    }

    static Map<String, Object> coerce(Map<String, InputSpec> specs, Map<String, ?> given) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        specs.forEach((name, spec) -> {
            Object raw = given.get(name);
            if (raw == null) {
                if (spec.defaultValue() != null) {
                    out.put(name, spec.defaultValue());
                } else if (spec.required()) {
                    errors.add(new FieldError(name, "is required"));
                } else {
                    out.put(name, null);
                }
                return;
            }
            try {
                out.put(name, coerce(spec.type(), Values.normalize(raw)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(name, e.getMessage()));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Collections.unmodifiableMap(out);
    }

    static Object coerce(InputType type, Object value) {
        return switch (type) {
            case STRING -> PythonFormat.str(value);
            case NUMBER -> toNumber(value);
            case BOOLEAN -> toBoolean(value);
            case ARRAY_OF_STRING -> toStringList(value);
            case OBJECT -> {
                if (value instanceof Map<?, ?>) {
                    yield value;
                }
                throw new IllegalArgumentException("expected an object, got " + InputSpec.describeValue(value));
            }
        };
    }

    private static Object toNumber(Object value) {
        if (value instanceof Boolean) {
            throw new IllegalArgumentException("expected a number, got a boolean");
        }
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof String s) {
            String text = s.strip();
            if (PY_FLOAT.matcher(text).matches()) {
                double parsed = Double.parseDouble(text.replace("_", ""));
                if (Double.isFinite(parsed)) {
                    return parsed;
                }
            }
            throw new IllegalArgumentException("expected a number, got '" + s + "'");
        }
        throw new IllegalArgumentException("expected a number, got " + InputSpec.describeValue(value));
    }

    private static Boolean toBoolean(Object value) {
        return switch (value) {
            case Boolean b -> b;
            case String s -> TRUE_WORDS.contains(s.strip().toLowerCase(Locale.ROOT));
            case Double d -> d != 0.0;
            case Number n -> n.longValue() != 0 || !n.toString().matches("-?0+");
            case Collection<?> c -> !c.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            default -> true;
        };
    }

    private static List<?> toStringList(Object value) {
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list) {
            if (list.stream().allMatch(String.class::isInstance)) {
                return list;
            }
            throw new IllegalArgumentException("expected a list of strings, but an item is not a string");
        }
        throw new IllegalArgumentException("expected a list of strings or one string, got " + InputSpec.describeValue(value));
    }
}
