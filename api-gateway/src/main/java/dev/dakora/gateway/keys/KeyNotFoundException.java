package dev.dakora.gateway.keys;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No key has this id. */
class KeyNotFoundException extends ResponseStatusException {

    KeyNotFoundException(String id) {
        super(HttpStatus.NOT_FOUND, "no API key has id '" + id + "'");
    }
}
