package dev.dakora.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One typed input of a template: {@code type} is {@code string}, {@code number}, {@code boolean},
 * {@code array<string>} or {@code object}; {@code defaultValue} is sent as {@code default}.
 */
public record InputSpec(String type, Boolean required, @JsonProperty("default") Object defaultValue) {

    public static InputSpec required(String type) {
        return new InputSpec(type, true, null);
    }

    public static InputSpec optional(String type, Object defaultValue) {
        return new InputSpec(type, false, defaultValue);
    }
}
