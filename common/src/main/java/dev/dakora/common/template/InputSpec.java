package dev.dakora.common.template;

import dev.dakora.common.value.Values;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One declared input of a template: its type, whether it must be given, the value used when it is
 * not, and a description for people. A default must already be of the declared type.
 *
 * @param defaultValue {@code null} when the input has no default
 */
public record InputSpec(InputType type, boolean required, Object defaultValue, String description) {

    public InputSpec {
        if (type == null) {
            throw new IllegalArgumentException("type is required");
        }
        defaultValue = Values.normalize(defaultValue);
    }

    public static InputSpec of(InputType type) {
        return new InputSpec(type, true, null, null);
    }

    /** Why {@code value} is not a valid default for {@code type}, or empty when it is. */
    static Optional<String> defaultProblem(InputType type, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        boolean ok = switch (type) {
            case STRING -> value instanceof String;
            case NUMBER -> value instanceof Number;
            case BOOLEAN -> value instanceof Boolean;
            case ARRAY_OF_STRING -> value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
            case OBJECT -> value instanceof Map<?, ?>;
        };
        return ok ? Optional.empty() : Optional.of("default must be " + describe(type) + ", got " + describeValue(value));
    }

    static String describe(InputType type) {
        return switch (type) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY_OF_STRING -> "a list of strings";
            case OBJECT -> "an object";
        };
    }

    static String describeValue(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> "a string";
            case Boolean b -> "a boolean";
            case Number n -> "a number";
            case List<?> l -> "a list";
            case Map<?, ?> m -> "an object";
            default -> value.getClass().getSimpleName();
        };
    }
}
