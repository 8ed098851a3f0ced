package dev.dakora.gateway.web;

import dev.dakora.common.template.FieldError;

import java.util.List;

/** A request body or parameter that cannot be used as sent; answered 400 with one error per field. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(field + " " + message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
