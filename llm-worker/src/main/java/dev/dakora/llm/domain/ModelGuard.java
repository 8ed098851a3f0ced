package dev.dakora.llm.domain;

import dev.dakora.common.model.ModelName;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The guards of one model ({@code provider/model}): adaptive concurrency bounding tries in flight
 * ({@link AdaptiveConcurrency}, at most {@code max-concurrent}), a circuit breaker counting retriable
 * failures (rate limits, 5xx, timeouts, connection errors), and sliding-window request and token limits
 * whose permits live in a {@link PermitStore} (shared by every worker when the store is) and are kept fresh
 * until the try leaves ({@link FreshPermits}).
 */
final class ModelGuard {

    private final ModelName name;
    private final LimitSettings settings;
    private final AdaptiveConcurrency concurrency;
    private final CircuitBreaker circuitBreaker;
    private final SlidingWindowLimiter requests;
    private final SlidingWindowLimiter tokens;
    private final Duration sendWithin;
    private final Ticker ticker;

    ModelGuard(ModelName name, LimitSettings settings, PermitStore store, Ticker ticker) {
        this.name = name;
        this.settings = settings;
        this.ticker = ticker;
        this.sendWithin = store.sendWithin().orElse(null);
        this.concurrency = new AdaptiveConcurrency(name.key(), settings.maxConcurrent(), ticker::nanoTime);
        CircuitSettings cb = settings.circuitBreaker();
        this.circuitBreaker = CircuitBreaker.of(name.key(), CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(cb.failureRateThreshold())
                .slidingWindowSize(cb.slidingWindowSize())
                .minimumNumberOfCalls(cb.minimumCalls())
                .waitDurationInOpenState(cb.openFor())
                .recordException(e -> e instanceof ModelCallException m && m.retriable())
                .build());
        this.requests = settings.requestsPerWindow() == null ? null : new SlidingWindowLimiter(name.key() + "#requests",
                settings.requestsPerWindow(), settings.window(), store, ticker);
        this.tokens = settings.tokensPerWindow() == null ? null : new SlidingWindowLimiter(name.key() + "#tokens",
                settings.tokensPerWindow(), settings.window(), store, ticker);
    }

    LimitSettings settings() {
        return settings;
    }

    CircuitBreaker.State circuitState() {
        return circuitBreaker.getState();
    }

    /** Tries of this model allowed in flight now (halved on 429s, back up to max-concurrent on successes). */
    int concurrencyLimit() {
        return concurrency.limit();
    }

    /**
     * One attempt: waits for a slot and the rate permits, then runs {@code call} unless the job was cancelled
     * or the gate stays closed.
     */
    ChatReply attempt(long estimatedTokens, BooleanSupplier cancelled, SendGate gate, Attempt call)
            throws InterruptedException {
        AdaptiveConcurrency.Slot slot = concurrency.acquire(settings.acquireTimeout(), cancelled);
        try {
            if (!circuitBreaker.tryAcquirePermission()) {
                throw new ModelCallException(FailureKind.CIRCUIT_OPEN, "circuit breaker open for " + name.key()
                        + " after repeated failures: calls fail fast for up to " + settings.circuitBreaker().openFor());
            }
            ChatReply reply = guarded(estimatedTokens, cancelled, gate, call);
            concurrency.succeeded(reply.rateHeaders(), estimatedTokens);
            return reply;
        } catch (ModelCallException e) {
            if (e.kind() == FailureKind.RATE_LIMITED) {
                concurrency.rateLimited(slot, e.retryAfter().orElse(null));
            }
            throw e;
        } finally {
            concurrency.release();
        }
    }

    private ChatReply guarded(long estimatedTokens, BooleanSupplier cancelled, SendGate gate, Attempt call)
            throws InterruptedException {
        boolean sent = false;
        try {
            FreshPermits permits = FreshPermits.acquire(requests, tokens, estimatedTokens, sendWithin,
                    settings.acquireTimeout(), cancelled, ticker);
            permits.ensureFresh();
            if (cancelled.getAsBoolean()) {
                throw new ModelCallException(FailureKind.CANCELLED, "cancelled");
            }
            if (!gate.mayStart()) {
                throw new ModelCallException(FailureKind.WITHDRAWN, "withdrawn before it was sent");
            }
            sent = true;
            long start = ticker.nanoTime();
            ChatReply reply = SendCheck.during(permits, call);
            circuitBreaker.onSuccess(ticker.nanoTime() - start, TimeUnit.NANOSECONDS);
            permits.settleTokens(reply.tokensIn() + reply.tokensOut());
            return reply;
        } catch (ModelCallException e) {
            if (sent && !unsent(e)) {
                circuitBreaker.onError(0, TimeUnit.NANOSECONDS, e);
            } else {
                circuitBreaker.releasePermission();
            }
            throw e;
        } catch (InterruptedException | RuntimeException e) {
            circuitBreaker.releasePermission();
            throw e;
        }
    }

    /** Failures of the last look before sending ({@link SendCheck}): the request never left. */
    private static boolean unsent(ModelCallException e) {
        return e.kind() == FailureKind.LIMIT_WAIT_EXCEEDED || e.kind() == FailureKind.CANCELLED;
    }

    /** The provider call of one attempt. */
    @FunctionalInterface
    interface Attempt {
        ChatReply run() throws InterruptedException;
    }
}
