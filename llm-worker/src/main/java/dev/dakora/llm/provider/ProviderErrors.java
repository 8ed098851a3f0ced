package dev.dakora.llm.provider;

import com.azure.core.exception.HttpResponseException;
import dev.dakora.common.event.EventJson;
import dev.dakora.llm.domain.FailureKind;
import dev.dakora.llm.domain.ModelCallException;
import dev.dakora.common.model.ModelName;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * Classifies what a provider client threw: by HTTP status where there is one (429, 5xx, 408 retriable;
 * 401/403, 404, other 4xx not), else by langchain4j's exception type, timeouts and I/O errors. The
 * message carries the provider's own error text, with anything that looks like a key redacted.
 */
final class ProviderErrors {

    private static final int MAX_MESSAGE = 500;

    private final Clock clock;

    ProviderErrors(Clock clock) {
        this.clock = clock;
    }

    ModelCallException classify(ModelName name, Throwable thrown, String apiKey) {
        String prefix = name.key() + ": ";
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProviderHttpException http) {
                return byStatus(http.statusCode(), prefix + providerMessage(http.getMessage(), apiKey),
                        http.retryAfter().orElse(null), thrown);
            }
            if (t instanceof HttpException http) {
                return byStatus(http.statusCode(), prefix + providerMessage(http.getMessage(), apiKey), null, thrown);
            }
            if (t instanceof HttpResponseException azure && azure.getResponse() != null) {
                String retryAfter = azure.getResponse().getHeaderValue("Retry-After");
                return byStatus(azure.getResponse().getStatusCode(), prefix + Redaction.redact(azure.getMessage(), apiKey),
                        retryAfter == null ? null : RetryAfter.parse(retryAfter, clock), thrown);
            }
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException) {
                return new ModelCallException(FailureKind.TIMEOUT, prefix + "timed out", null, thrown);
            }
            if (t instanceof IOException || t instanceof UnresolvedModelServerException) {
                return new ModelCallException(FailureKind.CONNECTION, prefix + "cannot reach the provider: "
                        + Redaction.redact(String.valueOf(t.getMessage()), apiKey), null, thrown);
            }
        }
        return byType(thrown, prefix + Redaction.redact(String.valueOf(thrown.getMessage()), apiKey));
    }

    private static ModelCallException byStatus(int status, String message, Duration retryAfter, Throwable cause) {
        FailureKind kind;
        if (status == 429) {
            kind = FailureKind.RATE_LIMITED;
        } else if (status >= 500 || status == 408) {
            kind = status == 408 ? FailureKind.TIMEOUT : FailureKind.SERVER_ERROR;
        } else if (status == 401 || status == 403) {
            kind = FailureKind.AUTHENTICATION;
        } else if (status == 404) {
            kind = FailureKind.MODEL_NOT_FOUND;
        } else {
            kind = FailureKind.BAD_REQUEST;
        }
        return new ModelCallException(kind, "HTTP " + status + " " + message, retryAfter, cause);
    }

    private static ModelCallException byType(Throwable t, String message) {
        FailureKind kind = switch (t) {
            case RateLimitException e -> FailureKind.RATE_LIMITED;
            case InternalServerException e -> FailureKind.SERVER_ERROR;
            case AuthenticationException e -> FailureKind.AUTHENTICATION;
            case ModelNotFoundException e -> FailureKind.MODEL_NOT_FOUND;
            case InvalidRequestException e -> FailureKind.BAD_REQUEST;
            case RetriableException e -> FailureKind.SERVER_ERROR;
            default -> FailureKind.UNEXPECTED;
        };
        return new ModelCallException(kind, message, null, t);
    }

    /** The {@code error.message} of a JSON error body, else the body itself, shortened and redacted. */
    static String providerMessage(String body, String apiKey) {
        String text = body == null ? "" : body.strip();
        try {
            JsonNode json = EventJson.mapper().readTree(text);
            JsonNode error = json.path("error");
            JsonNode message = error.isObject() ? error.path("message") : error.isString() ? error : json.path("message");
            if (message.isString() && !message.asString().isBlank()) {
                text = message.asString();
            }
        } catch (RuntimeException notJson) {
            // keep the raw body
        }
        String redacted = Redaction.redact(text, apiKey);
        return redacted.length() > MAX_MESSAGE ? redacted.substring(0, MAX_MESSAGE) + "..." : redacted;
    }
}
