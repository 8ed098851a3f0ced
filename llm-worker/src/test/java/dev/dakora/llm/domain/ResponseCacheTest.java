package dev.dakora.llm.domain;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.model.PriceFile;
import dev.dakora.llm.support.Calls;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The opt-in response cache, in front of the limits and the provider. */
class ResponseCacheTest {

    private static final String MODEL = "openai/gpt-4o-mini";
    private static final CallParams CACHED = new CallParams(0.2, 100, null, Map.of("cache", true));

    private final ModelCallServiceTest.ScriptedClient provider = new ModelCallServiceTest.ScriptedClient();
    private final AtomicLong nanos = new AtomicLong();
    private final ModelCallService service = service(ResponseCache.of(Duration.ofMinutes(10), 1_000_000, nanos::get));

    @Test
    void should_answer_an_identical_call_from_the_cache_at_no_cost_with_the_original_tokens() throws Exception {
        // given
        provider.script.add(new ChatReply("Hello Ada", 12, 3));
        ModelCallCompleted first = service.handle(request("job-1", "Say hello to Ada", CACHED));

        // when
        ModelCallCompleted second = service.handle(request("job-2", "Say hello to Ada", CACHED));

        // then
        assertThat(provider.sent).hasValue(1);
        assertThat(first.cached()).isFalse();
        assertThat(first.costUsd()).isPositive();
        assertThat(second.cached()).isTrue();
        assertThat(second.succeeded()).isTrue();
        assertThat(second.output()).isEqualTo("Hello Ada");
        assertThat(second.tokensIn()).isEqualTo(12);
        assertThat(second.tokensOut()).isEqualTo(3);
        assertThat(second.costUsd()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(second.priced()).isTrue();
        assertThat(second.attempts()).isZero();
        assertThat(second.jobId()).isEqualTo("job-2");
    }

    @Test
    void should_call_the_provider_again_once_the_ttl_has_passed() throws Exception {
        // given
        service.handle(request("job-1", "Say hello", CACHED));
        nanos.addAndGet(Duration.ofMinutes(10).plusMillis(1).toNanos());

        // when
        ModelCallCompleted later = service.handle(request("job-2", "Say hello", CACHED));

        // then
        assertThat(later.cached()).isFalse();
        assertThat(provider.sent).hasValue(2);
    }

    @Test
    void should_answer_from_the_cache_just_before_the_ttl_ends() throws Exception {
        service.handle(request("job-1", "Say hello", CACHED));
        nanos.addAndGet(Duration.ofMinutes(10).minusMillis(1).toNanos());

        assertThat(service.handle(request("job-2", "Say hello", CACHED)).cached()).isTrue();
        assertThat(provider.sent).hasValue(1);
    }

    @Test
    void should_miss_when_the_params_the_prompt_or_the_model_differ() throws Exception {
        // given
        service.handle(request("job-1", "Say hello", CACHED));

        // when
        ModelCallCompleted otherTemperature = service.handle(request("job-2", "Say hello",
                new CallParams(0.9, 100, null, Map.of("cache", true))));
        ModelCallCompleted otherExtra = service.handle(request("job-3", "Say hello",
                new CallParams(0.2, 100, null, Map.of("cache", true, "seed", 7))));
        ModelCallCompleted otherPrompt = service.handle(request("job-4", "Say hi", CACHED));
        ModelCallCompleted otherModel = service.handle(new ModelCallRequested("job-5:openai/gpt-4o:0", "job-5", null, null, 0,
                "greeting", "1.0.0", "openai/gpt-4o", "Say hello", CACHED, Map.of(), Instant.now()));

        // then
        assertThat(otherTemperature.cached() || otherExtra.cached() || otherPrompt.cached() || otherModel.cached()).isFalse();
        assertThat(provider.sent).hasValue(5);
    }

    @Test
    void should_neither_store_nor_answer_calls_that_did_not_ask_for_the_cache() throws Exception {
        // given
        service.handle(request("job-1", "Say hello", CallParams.DEFAULTS));
        service.handle(request("job-2", "Say hello", CACHED));

        // when
        ModelCallCompleted uncachedRepeat = service.handle(request("job-3", "Say hello", CallParams.DEFAULTS));
        ModelCallCompleted cachedRepeat = service.handle(request("job-4", "Say hello", CACHED));

        // then: the opt-in call stored its answer, the others neither read nor stored one
        assertThat(uncachedRepeat.cached()).isFalse();
        assertThat(cachedRepeat.cached()).isTrue();
        assertThat(provider.sent).hasValue(3);
    }

    @Test
    void should_not_store_a_failed_answer() throws Exception {
        // given
        provider.script.add(new ModelCallException(FailureKind.BAD_REQUEST, "HTTP 400: bad request"));
        ModelCallCompleted failed = service.handle(request("job-1", "Say hello", CACHED));

        // when
        ModelCallCompleted retried = service.handle(request("job-2", "Say hello", CACHED));

        // then
        assertThat(failed.succeeded()).isFalse();
        assertThat(retried.cached()).isFalse();
        assertThat(retried.succeeded()).isTrue();
    }

    private ModelCallService service(ResponseCache cache) {
        ChatClient client = new ProviderRouter(new EchoChatClient(Duration.ZERO), provider);
        LimitPolicy policy = new LimitPolicy(Calls.FAST.overriddenBy(Calls.none()), Map.of(), Map.of());
        ModelCaller caller = new ModelCaller(client, policy, System::nanoTime, new SplittableRandom(1));
        return new ModelCallService(new ModelNames(Set.of()), caller, PriceFile.shipped(),
                new Cancellations(Duration.ofHours(1), Clock.systemUTC()), Clock.systemUTC(), cache);
    }

    private static ModelCallRequested request(String jobId, String prompt, CallParams params) {
        return new ModelCallRequested(ModelCallRequested.callId(jobId, MODEL, 0), jobId, null, null, 0,
                "greeting", "1.0.0", MODEL, prompt, params, Map.of("name", "Ada"), Instant.now());
    }
}
