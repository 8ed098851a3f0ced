package dev.dakora.client;

import java.util.List;

/** 401 (missing or bad API key) or 403 (the key may not do this). */
public final class AuthenticationException extends DakoraException {

    public AuthenticationException(int status, String detail, List<FieldError> errors) {
        super(status, detail, errors);
    }
}
