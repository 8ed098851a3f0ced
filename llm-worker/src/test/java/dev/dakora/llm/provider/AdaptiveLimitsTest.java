package dev.dakora.llm.provider;

import dev.dakora.common.model.ModelName;
import dev.dakora.llm.domain.LimitSettings;
import dev.dakora.llm.support.Calls;
import dev.dakora.testsupport.FakeOpenAiProvider;
import dev.dakora.testsupport.Reply;
import dev.dakora.testsupport.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The provider's 429s and rate headers slow a model down, measured at the fake server. */
class AdaptiveLimitsTest {

    private static final ModelName MODEL = new ModelName("openai/gpt-4o-mini", "openai", "gpt-4o-mini");

    private FakeOpenAiProvider server;
    private Calls.Worker worker;

    @BeforeEach
    void start() throws Exception {
        server = FakeOpenAiProvider.start();
        // a long timeout: on a loaded machine a timed-out try would be retried and get another reply
        LimitSettings limits = new LimitSettings(null, null, null, 16, null, Duration.ofSeconds(60), 3,
                Duration.ofMillis(10), null, 0.0, null, null, null);
        worker = Calls.worker(server, Map.of("OPENAI_API_KEY", Calls.generatedKey()), limits);
    }

    @AfterEach
    void stop() {
        worker.close();
        server.close();
    }

    @Test
    void should_halve_the_model_concurrency_on_a_429_and_keep_it_without_one() throws Exception {
        // given
        server.then(Reply.error(429, "slow down"));

        // when
        assertThat(worker.service().handle(Calls.request("job-1", MODEL.key(), "hi")).succeeded()).isTrue();

        // then: 16 -> 8, then one success at 8 is not yet a round
        assertThat(worker.caller().concurrencyLimit(MODEL)).isEqualTo(8);
    }

    @Test
    void should_keep_the_full_concurrency_when_the_provider_never_refuses() throws Exception {
        assertThat(worker.service().handle(Calls.request("job-1", MODEL.key(), "hi")).succeeded()).isTrue();

        assertThat(worker.caller().concurrencyLimit(MODEL)).isEqualTo(16);
    }

    @Test
    void should_hold_the_next_call_until_the_reset_when_the_provider_says_no_request_is_left() throws Exception {
        // given: the first answer says 0 requests left for 1.5 s
        server.then(Reply.ok("first", 10, 5).withHeader("x-ratelimit-remaining-requests", "0")
                .withHeader("x-ratelimit-reset-requests", "1.5s"));
        worker.service().handle(Calls.request("job-1", MODEL.key(), "one"));

        // when
        worker.service().handle(Calls.request("job-2", MODEL.key(), "two"));

        // then
        List<Long> arrivals = server.requests().stream().map(Request::arrivedNanos).toList();
        assertThat(arrivals).hasSize(2);
        assertThat(Duration.ofNanos(arrivals.get(1) - arrivals.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
    }

    @Test
    void should_not_hold_the_next_call_while_the_provider_has_requests_left() throws Exception {
        server.then(Reply.ok("first", 10, 5).withHeader("x-ratelimit-remaining-requests", "40")
                .withHeader("x-ratelimit-reset-requests", "5s"));
        worker.service().handle(Calls.request("job-1", MODEL.key(), "one"));

        worker.service().handle(Calls.request("job-2", MODEL.key(), "two"));

        List<Long> arrivals = server.requests().stream().map(Request::arrivedNanos).toList();
        assertThat(Duration.ofNanos(arrivals.get(1) - arrivals.get(0))).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void should_hold_every_call_of_the_model_for_the_retry_after_of_a_429() throws Exception {
        // given: a 429 asking for 2 s
        server.then(Reply.error(429, "slow down").withHeader("retry-after", "2"));
        Thread first = Thread.ofVirtual().start(() -> handle("job-1"));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!refused() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(refused()).isTrue();

        // when: another call of the model starts meanwhile
        handle("job-2");
        first.join();

        // then: nothing reached the provider within the 2 s after the refusal
        List<Long> arrivals = server.requests().stream().map(Request::arrivedNanos).sorted().toList();
        assertThat(arrivals).hasSize(3);
        assertThat(Duration.ofNanos(arrivals.get(1) - arrivals.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    /** Whether the worker has taken in the 429: the limit is halved under the same lock that starts the hold. */
    private boolean refused() {
        Integer limit = worker.caller().concurrencyLimit(MODEL);
        return limit != null && limit < 16;
    }

    private void handle(String job) {
        try {
            worker.service().handle(Calls.request(job, MODEL.key(), "hi " + job));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
