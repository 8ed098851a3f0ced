package dev.dakora.common.template;

import java.util.List;
import java.util.stream.Collectors;

/** A template spec that breaks the model's rules; {@link #errors()} names each field and why. */
public class InvalidSpecException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidSpecException(List<FieldError> errors) {
        super("invalid template spec: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
