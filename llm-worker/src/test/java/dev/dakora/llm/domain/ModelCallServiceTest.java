package dev.dakora.llm.domain;

import dev.dakora.common.model.ModelName;
import dev.dakora.common.model.PriceFile;
import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.llm.support.Calls;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ModelCallServiceTest {

    /** Stands in for the providers: answers or throws as scripted, counts the attempts it was sent. */
    static final class ScriptedClient implements ChatClient {
        final Deque<Object> script = new ArrayDeque<>();
        final AtomicInteger sent = new AtomicInteger();

        @Override
        public Optional<String> prepare(ModelName model, Duration timeout) {
            return Optional.empty();
        }

        @Override
        public ChatReply chat(ModelName model, String prompt, CallParams params, Duration timeout) {
            sent.incrementAndGet();
            Object next = script.isEmpty() ? new ChatReply("ok", 1, 1) : script.poll();
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return (ChatReply) next;
        }
    }

    private final ScriptedClient provider = new ScriptedClient();
    private final Cancellations cancellations = new Cancellations(Duration.ofHours(1), Clock.systemUTC());

    private ModelCallService service(LimitSettings limits) {
        ChatClient client = new ProviderRouter(new EchoChatClient(Duration.ZERO), provider);
        LimitPolicy policy = new LimitPolicy(Calls.FAST.overriddenBy(limits), Map.of(), Map.of());
        ModelCaller caller = new ModelCaller(client, policy, System::nanoTime, new SplittableRandom(1));
        return new ModelCallService(new ModelNames(Set.of()), caller, PriceFile.shipped(), cancellations, Clock.systemUTC());
    }

    @Test
    void should_echo_the_prompt_for_free_when_the_model_is_echo() throws Exception {
        ModelCallCompleted result = service(Calls.none()).handle(Calls.request("job-1", "echo/bench", "Hello Ada Lovelace"));

        assertThat(result.status()).isEqualTo(CallStatus.SUCCEEDED);
        assertThat(result.provider()).isEqualTo("echo");
        assertThat(result.model()).isEqualTo("echo/bench");
        assertThat(result.output()).isEqualTo("Hello Ada Lovelace");
        assertThat(result.tokensIn()).isEqualTo(3);
        assertThat(result.costUsd()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(result.priced()).isTrue();
        assertThat(result.callId()).isEqualTo("job-1:echo/bench:0");
        assertThat(result.inputs()).containsEntry("name", "Ada");
        assertThat(provider.sent).hasValue(0);
    }

    @Test
    void should_carry_the_prompt_it_sent_into_the_result() throws Exception {
        ModelCallCompleted result = service(Calls.none()).handle(Calls.request("job-1", "openai/gpt-4o-mini", "Summarize: tea"));

        assertThat(result.status()).isEqualTo(CallStatus.SUCCEEDED);
        assertThat(result.prompt()).isEqualTo("Summarize: tea");
    }

    @Test
    void should_carry_the_prompt_into_the_result_when_the_call_fails_unsent() throws Exception {
        ModelCallCompleted result = service(Calls.none()).handle(Calls.request("job-1", "nosuch/model-x", "Summarize: tea"));

        assertThat(result.status()).isEqualTo(CallStatus.FAILED);
        assertThat(result.prompt()).isEqualTo("Summarize: tea");
    }

    @Test
    void should_copy_the_calls_eval_context_onto_its_result_whether_it_succeeds_or_is_dropped() throws Exception {
        // given
        EvalContext eval = EvalContext.of("exp-1", 2, "Ada");
        ModelCallRequested plain = Calls.request("job-1", "echo", "Hello Ada");
        ModelCallRequested evaluated = new ModelCallRequested(plain.callId(), plain.jobId(), null, null, 0,
                plain.templateId(), plain.version(), plain.model(), plain.prompt(), plain.params(), plain.inputs(),
                plain.requestedAt(), eval);
        cancellations.cancel("job-2");
        ModelCallRequested dropped = new ModelCallRequested("job-2:echo:0", "job-2", null, null, 0, "greeting",
                "1.0.0", "echo", "hi", null, Map.of(), plain.requestedAt(), eval);

        // when
        ModelCallService service = service(Calls.none());

        // then
        assertThat(service.handle(evaluated).eval()).isEqualTo(eval);
        assertThat(service.handle(dropped)).satisfies(result -> {
            assertThat(result.status()).isEqualTo(CallStatus.CANCELLED);
            assertThat(result.eval()).isEqualTo(eval);
        });
        assertThat(service.handle(plain).eval()).isNull();
    }

    @Test
    void should_drop_the_call_unsent_when_its_job_was_cancelled() throws Exception {
        // given
        cancellations.cancel("job-1");

        // when
        ModelCallCompleted result = service(Calls.none()).handle(Calls.request("job-1", "openai/gpt-4o-mini", "hi"));

        // then
        assertThat(result.status()).isEqualTo(CallStatus.CANCELLED);
        assertThat(result.error()).isEqualTo("cancelled");
        assertThat(result.attempts()).isZero();
        assertThat(provider.sent).hasValue(0);
    }

    @Test
    void should_drop_a_call_waiting_for_the_rate_limit_when_its_job_is_cancelled_meanwhile() throws Exception {
        // given: one request per minute, used by a first call
        ModelCallService service = service(new LimitSettings(1, null, Duration.ofMinutes(1), null, Duration.ofMinutes(5),
                null, null, null, null, null, null, null, null));
        assertThat(service.handle(Calls.request("job-1", "gpt-4o-mini", "first")).succeeded()).isTrue();
        CompletableFuture<ModelCallCompleted> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return service.handle(Calls.request("job-2", "gpt-4o-mini", "second"));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        // when
        cancellations.cancel("job-2");

        // then
        ModelCallCompleted result = waiting.get(10, TimeUnit.SECONDS);
        assertThat(result.status()).isEqualTo(CallStatus.CANCELLED);
        assertThat(provider.sent).hasValue(1);
    }

    @Test
    void should_retry_a_rate_limited_call_when_the_provider_recovers() throws Exception {
        // given
        provider.script.add(new ModelCallException(FailureKind.RATE_LIMITED, "HTTP 429 slow down", Duration.ofMillis(10), null));
        provider.script.add(new ChatReply("fine", 2, 3));

        // when
        ModelCallCompleted result = service(Calls.none()).handle(Calls.request("job-1", "openai/gpt-4o", "hi"));

        // then
        assertThat(result.status()).isEqualTo(CallStatus.SUCCEEDED);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(provider.sent).hasValue(2);
    }

    @Test
    void should_fail_after_one_attempt_when_the_failure_is_not_retriable() throws Exception {
        // given
        provider.script.add(new ModelCallException(FailureKind.MODEL_NOT_FOUND, "HTTP 404 no such model", null, null));

        // when
        ModelCallCompleted result = service(Calls.none()).handle(Calls.request("job-1", "openai/gpt-9", "hi"));

        // then
        assertThat(result.status()).isEqualTo(CallStatus.FAILED);
        assertThat(result.error()).isEqualTo("HTTP 404 no such model");
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.tokensIn()).isZero();
        assertThat(result.costUsd()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void should_fail_the_call_instead_of_throwing_when_the_client_breaks_unexpectedly() throws Exception {
        // given
        provider.script.add(new IllegalStateException("boom"));

        // when
        ModelCallCompleted result = service(Calls.none()).handle(Calls.request("job-1", "openai/gpt-4o", "hi"));

        // then
        assertThat(result.status()).isEqualTo(CallStatus.FAILED);
        assertThat(result.error()).contains("openai/gpt-4o failed", "boom");
    }

    @Test
    void should_fail_the_call_instead_of_throwing_when_the_worker_itself_breaks() throws Exception {
        // given: a limit policy that cannot resolve models
        ModelCaller broken = new ModelCaller(provider, null, System::nanoTime, new SplittableRandom(1));
        ModelCallService service = new ModelCallService(new ModelNames(Set.of()), broken, PriceFile.shipped(),
                cancellations, Clock.systemUTC());

        // when
        ModelCallCompleted result = service.handle(Calls.request("job-1", "openai/gpt-4o", "hi"));

        // then
        assertThat(result.status()).isEqualTo(CallStatus.FAILED);
        assertThat(result.error()).startsWith("internal error: java.lang.NullPointerException");
        assertThat(provider.sent).hasValue(0);
    }

    @Test
    void should_give_up_after_max_attempts_when_every_try_fails_retriably() throws Exception {
        // given: Calls.FAST allows 3 attempts
        for (int i = 0; i < 5; i++) {
            provider.script.add(new ModelCallException(FailureKind.SERVER_ERROR, "HTTP 502 bad gateway", null, null));
        }

        // when
        ModelCallCompleted result = service(Calls.none()).handle(Calls.request("job-1", "openai/gpt-4o", "hi"));

        // then
        assertThat(result.status()).isEqualTo(CallStatus.FAILED);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.error()).isEqualTo("HTTP 502 bad gateway (gave up after 3 attempts)");
        await().untilAsserted(() -> assertThat(provider.sent).hasValue(3));
    }
}
