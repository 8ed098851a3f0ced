package dev.dakora.gateway.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** A {@code detail} for errors the framework raises without one, saying what to change. */
final class FrameworkDetails {

    private FrameworkDetails() {
    }

    static String of(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return "the request failed with status " + status.value();
        }
        return switch (known) {
            case NOT_FOUND -> "no route has this path; see /v3/api-docs for the routes";
            case METHOD_NOT_ALLOWED -> "this route does not take this method; see the Allow header";
            case NOT_ACCEPTABLE -> "this route answers JSON; accept application/json";
            case CONTENT_TOO_LARGE -> RequestBodyLimitFilter.DETAIL;
            case UNSUPPORTED_MEDIA_TYPE -> "send the body as application/json";
            default -> known.getReasonPhrase();
        };
    }
}
