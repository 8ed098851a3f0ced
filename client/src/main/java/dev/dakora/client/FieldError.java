package dev.dakora.client;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One failing field of a request, as the server lists it in a problem's {@code errors}; {@code rowIndex}
 * is set for a batch row (0-based) and null otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, Integer rowIndex) {
}
