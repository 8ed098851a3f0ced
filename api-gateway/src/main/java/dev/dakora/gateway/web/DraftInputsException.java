package dev.dakora.gateway.web;

import dev.dakora.common.template.FieldError;
import dev.dakora.common.template.InvalidInputException;

import java.util.List;

/** Inputs that do not fit an unsaved template's spec, with the names its text reads. */
final class DraftInputsException extends RuntimeException {

    private final transient DraftRenderBodies.Names names;
    private final transient List<FieldError> errors;

    DraftInputsException(InvalidInputException cause, DraftRenderBodies.Names names) {
        super(cause.getMessage(), cause);
        this.names = names;
        this.errors = cause.errors();
    }

    DraftRenderBodies.Names names() {
        return names;
    }

    List<FieldError> errors() {
        return errors;
    }
}
