package dev.dakora.evaluation.experiment;

import dev.dakora.common.template.FieldError;

import java.util.List;
import java.util.stream.Collectors;

/** An experiment definition that cannot run; {@link #errors()} names each field and why. A 400. */
public class InvalidExperimentException extends IllegalArgumentException {

    private final List<FieldError> errors;

    public InvalidExperimentException(List<FieldError> errors) {
        super("invalid experiment: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
