package dev.dakora.evaluation.assertion;

import dev.dakora.common.template.FieldError;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertion specs that cannot be used; {@link #errors()} names each one by position and field, e.g.
 * {@code assertions[2].value: is not a valid regular expression: ...}. A request that carries them is a 400.
 */
public class InvalidAssertionException extends IllegalArgumentException {

    private final List<FieldError> errors;

    public InvalidAssertionException(List<FieldError> errors) {
        super("invalid assertions: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
