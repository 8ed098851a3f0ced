package dev.dakora.client;

import java.util.List;

/** 404: an unknown template, version, label, job or batch. */
public final class NotFoundException extends DakoraException {

    public NotFoundException(int status, String detail, List<FieldError> errors) {
        super(status, detail, errors);
    }
}
