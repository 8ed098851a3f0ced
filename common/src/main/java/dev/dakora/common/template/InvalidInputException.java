package dev.dakora.common.template;

import java.util.List;
import java.util.stream.Collectors;

/** Inputs that fail a template's input spec: a missing required input or a value of the wrong type. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
