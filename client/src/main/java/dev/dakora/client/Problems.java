package dev.dakora.client;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Turns a server answer that is not a success into the typed exception for its status. */
final class Problems {

    private Problems() {
    }

    static DakoraException from(HttpResponse<String> response) {
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        String detail = body != null && body.hasNonNull("detail") ? body.get("detail").asString()
                : body != null && body.hasNonNull("title") ? body.get("title").asString() : fallbackDetail(response);
        List<FieldError> errors = errors(body);
        Duration retryAfter = retryAfter(response);
        return switch (status) {
            case 400, 422 -> new ValidationException(status, detail, errors);
            case 401, 403 -> new AuthenticationException(status, detail, errors);
            case 404 -> new NotFoundException(status, detail, errors);
            case 409 -> new ConflictException(status, detail, errors);
            case 429 -> new RateLimitedException(detail, errors, retryAfter);
            default -> status >= 500 ? new ServerException(status, detail, errors, retryAfter)
                    : new DakoraException(status, detail, errors);
        };
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            return node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String fallbackDetail(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip();
        return body.isEmpty() ? "no detail in the answer" : body.substring(0, Math.min(200, body.length()));
    }

    private static List<FieldError> errors(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (body != null && body.path("errors").isArray()) {
            for (JsonNode error : body.get("errors")) {
                errors.add(error.isObject() ? Json.MAPPER.treeToValue(error, FieldError.class)
                        : new FieldError(null, error.isString() ? error.asString() : error.toString(), null));
            }
        }
        return errors;
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After")
                .filter(value -> value.strip().matches("\\d{1,9}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value.strip())))
                .orElse(null);
    }
}
