package dev.dakora.llm.provider;

import dev.dakora.llm.domain.FailureKind;
import dev.dakora.llm.domain.ModelCallException;
import dev.dakora.common.model.ModelName;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderErrorsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final ProviderErrors errors = new ProviderErrors(clock);
    private final ModelName model = new ModelName("openai/gpt-4o", "openai", "gpt-4o");

    @Test
    void should_keep_retry_after_when_a_429_is_wrapped_by_langchain4j() {
        RuntimeException thrown = new RateLimitException(new ProviderHttpException(429,
                "{\"error\":{\"message\":\"Rate limit reached\"}}", Duration.ofSeconds(3)));

        ModelCallException e = errors.classify(model, thrown, null);

        assertThat(e.kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(e.getMessage()).isEqualTo("HTTP 429 openai/gpt-4o: Rate limit reached");
    }

    @Test
    void should_classify_timeouts_and_connection_errors_as_retriable_when_there_is_no_status() {
        assertThat(errors.classify(model, new TimeoutException(new java.net.http.HttpTimeoutException("slow")), null).kind())
                .isEqualTo(FailureKind.TIMEOUT);
        assertThat(errors.classify(model, new UncheckedIOException(new ConnectException("refused")), null).kind())
                .isEqualTo(FailureKind.CONNECTION);
    }

    @Test
    void should_classify_client_errors_as_not_retriable_when_the_status_is_4xx() {
        assertThat(errors.classify(model, new ProviderHttpException(403, "forbidden", null), null).retriable()).isFalse();
        assertThat(errors.classify(model, new ProviderHttpException(404, "no model", null), null).kind())
                .isEqualTo(FailureKind.MODEL_NOT_FOUND);
        assertThat(errors.classify(model, new ProviderHttpException(422, "bad", null), null).kind())
                .isEqualTo(FailureKind.BAD_REQUEST);
        assertThat(errors.classify(model, new ProviderHttpException(503, "down", null), null).retriable()).isTrue();
    }

    @Test
    void should_redact_keys_when_the_provider_quotes_them() {
        String key = "sk-" + java.util.UUID.randomUUID();

        String message = ProviderErrors.providerMessage("{\"error\":{\"message\":\"Incorrect API key provided: " + key + "\"}}", null);

        assertThat(message).isEqualTo("Incorrect API key provided: [redacted]");
    }

    @Test
    void should_read_retry_after_as_seconds_or_an_http_date_when_given_either() {
        assertThat(RetryAfter.parse("12", clock)).isEqualTo(Duration.ofSeconds(12));
        assertThat(RetryAfter.parse("Wed, 01 Jan 2025 00:00:30 GMT", clock)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("soon", clock)).isNull();
    }
}
