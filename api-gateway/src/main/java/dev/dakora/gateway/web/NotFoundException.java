package dev.dakora.gateway.web;

/** An id in the path names nothing: answered 404. */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
