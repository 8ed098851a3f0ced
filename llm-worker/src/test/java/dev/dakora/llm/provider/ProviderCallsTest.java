package dev.dakora.llm.provider;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.llm.domain.CircuitSettings;
import dev.dakora.llm.domain.LimitSettings;
import dev.dakora.llm.support.Calls;
import dev.dakora.testsupport.FakeOpenAiProvider;
import dev.dakora.testsupport.Reply;
import dev.dakora.testsupport.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The worker's domain calling a fake OpenAI-compatible server through langchain4j. */
class ProviderCallsTest {

    private final String key = Calls.generatedKey();
    private FakeOpenAiProvider server;
    private Calls.Worker worker;

    @BeforeEach
    void start() throws Exception {
        server = FakeOpenAiProvider.start();
    }

    @AfterEach
    void stop() {
        if (worker != null) {
            worker.close();
        }
        server.close();
    }

    private ModelCallCompleted call(String model, LimitSettings limits) throws InterruptedException {
        worker = worker == null ? Calls.worker(server, Map.of("OPENAI_API_KEY", key), limits) : worker;
        return worker.service().handle(Calls.request("job-1", model, "Say hello to Ada"));
    }

    @Test
    void should_price_the_answer_from_the_reported_usage_when_the_call_succeeds() throws Exception {
        // given
        server.then(Reply.ok("Hello Ada", 1000, 500));

        // when
        ModelCallCompleted result = call("openai/gpt-4o-mini", Calls.none());

        // then: 1000 × 0.15/M + 500 × 0.60/M
        assertThat(result.status()).isEqualTo(CallStatus.SUCCEEDED);
        assertThat(result.output()).isEqualTo("Hello Ada");
        assertThat(result.provider()).isEqualTo("openai");
        assertThat(result.tokensIn()).isEqualTo(1000);
        assertThat(result.tokensOut()).isEqualTo(500);
        assertThat(result.costUsd()).isEqualByComparingTo(new BigDecimal("0.00045"));
        assertThat(result.priced()).isTrue();
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(server.requests()).singleElement()
                .satisfies(seen -> assertThat(seen.authorization()).isEqualTo("Bearer " + key))
                .satisfies(seen -> assertThat(seen.body()).contains("gpt-4o-mini", "Say hello to Ada"));
    }

    @Test
    void should_leave_the_cost_unknown_when_the_model_has_no_price() throws Exception {
        // given
        server.then(Reply.ok("Hi", 10, 5));

        // when
        ModelCallCompleted result = call("openai/my-finetune", Calls.none());

        // then
        assertThat(result.status()).isEqualTo(CallStatus.SUCCEEDED);
        assertThat(result.costUsd()).isNull();
        assertThat(result.priced()).isFalse();
    }

    @Test
    void should_wait_the_retry_after_and_try_again_when_the_provider_answers_429() throws Exception {
        // given
        server.then(Reply.error(429, "Rate limit reached").withHeader("Retry-After", "1"))
                .then(Reply.ok("Hello after the wait", 10, 5));

        // when
        ModelCallCompleted result = call("gpt-4o-mini", Calls.none());

        // then
        assertThat(result.status()).isEqualTo(CallStatus.SUCCEEDED);
        assertThat(result.attempts()).isEqualTo(2);
        List<Request> seen = server.requests();
        assertThat(seen).hasSize(2);
        assertThat(Duration.ofNanos(seen.get(1).arrivedNanos() - seen.get(0).arrivedNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void should_fail_without_waiting_when_retry_after_exceeds_the_maximum() throws Exception {
        // given: Calls.FAST caps Retry-After at 5 s
        server.then(Reply.error(429, "Rate limit reached").withHeader("Retry-After", "3600"));

        // when
        ModelCallCompleted result = call("gpt-4o-mini", Calls.none());

        // then
        assertThat(result.status()).isEqualTo(CallStatus.FAILED);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.error()).contains("HTTP 429", "Rate limit reached", "exceeds max-retry-after");
    }

    @Test
    void should_retry_when_the_provider_answers_500() throws Exception {
        // given
        server.then(Reply.error(500, "The server had an error")).then(Reply.ok("Recovered", 10, 5));

        // when
        ModelCallCompleted result = call("openai/gpt-4o-mini", Calls.none());

        // then
        assertThat(result.status()).isEqualTo(CallStatus.SUCCEEDED);
        assertThat(result.output()).isEqualTo("Recovered");
        assertThat(result.attempts()).isEqualTo(2);
    }

    @Test
    void should_retry_then_fail_when_every_try_times_out() throws Exception {
        // given: a throwaway worker warms the JVM up (class loading must not count against the short timeout)
        server.then(Reply.ok("warm", 1, 1));
        try (Calls.Worker warm = Calls.worker(server, Map.of("OPENAI_API_KEY", key), Calls.none())) {
            assertThat(warm.service().handle(Calls.request("job-0", "openai/gpt-4o-mini", "hi")).succeeded()).isTrue();
        }
        LimitSettings limits = new LimitSettings(null, null, null, null, null, Duration.ofSeconds(1), 2,
                null, null, null, null, null, null);
        server.otherwise(Reply.ok("too late", 10, 5).after(Duration.ofSeconds(5)));

        // when
        ModelCallCompleted result = call("openai/gpt-4o-mini", limits);

        // then
        assertThat(result.status()).isEqualTo(CallStatus.FAILED);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.error()).contains("openai/gpt-4o-mini", "gave up after 2 attempts");
        assertThat(result.error()).containsAnyOf("timed out", "within PT1S");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void should_fail_at_once_without_retry_when_the_key_is_rejected() throws Exception {
        // given: the provider quotes the key back, as OpenAI does
        server.then(Reply.error(401, "Incorrect API key provided: " + key));

        // when
        ModelCallCompleted result = call("openai/gpt-4o-mini", Calls.none());

        // then
        assertThat(result.status()).isEqualTo(CallStatus.FAILED);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.error()).contains("HTTP 401", "Incorrect API key provided").doesNotContain(key);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void should_fail_at_once_without_retry_when_the_request_is_bad() throws Exception {
        // given
        server.then(Reply.error(400, "max_tokens is too large"));

        // when
        ModelCallCompleted result = call("openai/gpt-4o-mini", Calls.none());

        // then
        assertThat(result.status()).isEqualTo(CallStatus.FAILED);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.error()).contains("HTTP 400", "max_tokens is too large");
    }

    @Test
    void should_fail_the_call_without_sending_it_when_the_provider_is_unknown() throws Exception {
        // when
        ModelCallCompleted result = call("mistral/large", Calls.none());

        // then
        assertThat(result.status()).isEqualTo(CallStatus.FAILED);
        assertThat(result.attempts()).isZero();
        assertThat(result.error()).contains("unknown provider 'mistral'");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void should_fail_the_call_naming_the_variable_when_the_provider_has_no_key() throws Exception {
        // when
        ModelCallCompleted result = call("anthropic/claude-3-5-haiku-latest", Calls.none());

        // then
        assertThat(result.status()).isEqualTo(CallStatus.FAILED);
        assertThat(result.provider()).isEqualTo("anthropic");
        assertThat(result.error()).isEqualTo("no API key for provider anthropic: set ANTHROPIC_API_KEY");
        assertThat(result.attempts()).isZero();
    }

    @Test
    void should_fail_fast_when_repeated_failures_opened_the_circuit() throws Exception {
        // given: every try fails; the circuit opens after 4 failed tries out of 4
        server.otherwise(Reply.error(503, "overloaded"));
        LimitSettings limits = new LimitSettings(null, null, null, null, null, null, 1, null, null, null, null, null,
                new CircuitSettings(50, 4, 4, Duration.ofSeconds(30)));
        for (int i = 0; i < 4; i++) {
            assertThat(call("openai/gpt-4o-mini", limits).error()).contains("HTTP 503");
        }

        // when
        ModelCallCompleted result = call("openai/gpt-4o-mini", limits);

        // then
        assertThat(result.status()).isEqualTo(CallStatus.FAILED);
        assertThat(result.error()).contains("circuit breaker open for openai/gpt-4o-mini");
        assertThat(result.attempts()).isZero();
        assertThat(server.requests()).hasSize(4);
    }
}
