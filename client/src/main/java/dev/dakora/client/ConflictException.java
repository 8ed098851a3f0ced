package dev.dakora.client;

import java.util.List;

/** 409: a template id that exists, or a job or batch that is already final. */
public final class ConflictException extends DakoraException {

    public ConflictException(int status, String detail, List<FieldError> errors) {
        super(status, detail, errors);
    }
}
