package dev.dakora.gateway.web;

/** The request conflicts with the state of what it names: answered 409. */
class ConflictException extends RuntimeException {

    ConflictException(String message) {
        super(message);
    }
}
