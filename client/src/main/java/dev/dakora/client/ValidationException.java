package dev.dakora.client;

import java.util.List;

/** 400 (a malformed or invalid body) or 422 (inputs that fail the template's input spec, or a template that fails to render); {@link #errors()} names each failing field. */
public final class ValidationException extends DakoraException {

    public ValidationException(int status, String detail, List<FieldError> errors) {
        super(status, detail, errors);
    }
}
