package dev.dakora.llm.domain;

import dev.dakora.common.model.ModelName;
import dev.dakora.common.event.CallParams;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * Calls one model for one request through that model's guards ({@link ModelGuard}), with a timeout per
 * try ({@link TimedChat}) and retries of retriable failures only ({@link CallRetry}), counting the tries
 * sent ({@link CallTries}). Blocks the calling thread: run it on a virtual thread.
 */
public final class ModelCaller {

    private final ChatClient client;
    private final TimedChat timed;
    private final LimitPolicy policy;
    private final Ticker ticker;
    private final Backoff backoff;
    private final PermitStore permits;
    private final Map<String, ModelGuard> guards = new ConcurrentHashMap<>();
    private final Map<String, Retry> retries = new ConcurrentHashMap<>();

    public ModelCaller(ChatClient client, LimitPolicy policy, LongSupplier nanoTime, RandomGenerator random) {
        this(client, policy, new LocalPermitStore(nanoTime), nanoTime, random);
    }

    /** As above, with the rate permits kept in {@code permits} (shared by every worker when that store is). */
    public ModelCaller(ChatClient client, LimitPolicy policy, PermitStore permits, LongSupplier nanoTime,
                       RandomGenerator random) {
        this(client, policy, permits, Ticker.of(nanoTime), random);
    }

    /** As above, with the limits timed (and waiting) by {@code ticker}. */
    public ModelCaller(ChatClient client, LimitPolicy policy, PermitStore permits, Ticker ticker, RandomGenerator random) {
        this.client = client;
        this.timed = new TimedChat(client);
        this.permits = permits;
        this.policy = policy;
        this.ticker = ticker;
        this.backoff = new Backoff(random);
    }

    CallOutcome call(ModelName name, String prompt, CallParams params, BooleanSupplier cancelled)
            throws InterruptedException {
        return call(name, prompt, params, cancelled, SendGate.OPEN);
    }

    CallOutcome call(ModelName name, String prompt, CallParams params, BooleanSupplier cancelled, SendGate gate)
            throws InterruptedException {
        ModelGuard guard = guards.computeIfAbsent(name.key(), key -> new ModelGuard(name, policy.forModel(name), permits, ticker));
        LimitSettings settings = guard.settings();
        Optional<String> unavailable = client.prepare(name, settings.timeout());
        if (unavailable.isPresent()) {
            return new CallOutcome(null, new ModelCallException(FailureKind.CONFIGURATION, unavailable.get()), 0, 0);
        }
        long estimate = prompt.length() / 4 + 1
                + (params.maxTokens() != null ? params.maxTokens() : settings.outputTokensEstimate());
        Retry retry = retries.computeIfAbsent(name.key(), key -> CallRetry.of(key, settings, backoff));
        CallTries tries = new CallTries(ticker);
        CheckedSupplier<ChatReply> oneTry = () -> {
            try {
                return tries.answered(guard.attempt(estimate, cancelled, gate,
                        () -> tries.timed(() -> timed.chat(name, prompt, params, settings.timeout()))));
            } catch (ModelCallException e) {
                throw tries.failed(e);
            }
        };
        try {
            return tries.answer(retry.executeCheckedSupplier(oneTry));
        } catch (ModelCallException e) {
            if (Thread.interrupted()) {  // the retry's wait was interrupted: it rethrows the last failure
                throw new InterruptedException("interrupted while waiting to try " + name.key() + " again");
            }
            return tries.gaveUp(e, settings);
        } catch (InterruptedException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("unexpected failure calling " + name.key(), e);
        }
    }

    /** Tries of a model allowed in flight now: max-concurrent, less after 429s; null before its first call. */
    public Integer concurrencyLimit(ModelName name) {
        ModelGuard guard = guards.get(name.key());
        return guard == null ? null : guard.concurrencyLimit();
    }

    /** The state of a model's circuit breaker, {@code CLOSED} before its first call. */
    public String circuitState(ModelName name) {
        ModelGuard guard = guards.get(name.key());
        return guard == null ? "CLOSED" : guard.circuitState().name();
    }
}
