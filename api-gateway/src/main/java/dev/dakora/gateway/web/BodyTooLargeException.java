package dev.dakora.gateway.web;

import org.springframework.core.io.buffer.DataBufferLimitException;

/** A request body, or a batch's rows, over what the server accepts (413); the message names the limit. */
class BodyTooLargeException extends DataBufferLimitException {

    BodyTooLargeException(String message) {
        super(message);
    }
}
