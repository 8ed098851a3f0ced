package dev.dakora.llm.domain;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The tries of one call as its outcome reports them: how many were sent to the provider (a try stopped
 * before sending, by the open circuit, the wait for a permit, a cancellation or a withdrawal, is not
 * counted), how long the last one sent took, and why the call failed once the retries gave up.
 */
final class CallTries {

    private final Ticker ticker;
    private int sent;
    private long lastTryNanos;

    CallTries(Ticker ticker) {
        this.ticker = ticker;
    }

    /** Runs the provider call of a try, timing it as the last try sent. */
    ChatReply timed(ModelGuard.Attempt call) throws InterruptedException {
        long start = ticker.nanoTime();
        try {
            return call.run();
        } finally {
            lastTryNanos = ticker.nanoTime() - start;
        }
    }

    /** Counts a try that was answered. */
    ChatReply answered(ChatReply reply) {
        sent++;
        return reply;
    }

    /** Counts a failed try if it reached the provider; returns the failure. */
    ModelCallException failed(ModelCallException failure) {
        if (wasSent(failure)) {
            sent++;
        }
        return failure;
    }

    CallOutcome answer(ChatReply reply) {
        return new CallOutcome(reply, null, sent, lastTryMillis());
    }

    /**
     * The outcome of a call whose last try failed with {@code last}: a retriable failure tells why it was
     * not tried again (all {@code max-attempts} used, or a {@code Retry-After} above {@code max-retry-after}).
     */
    CallOutcome gaveUp(ModelCallException last, LimitSettings settings) {
        return new CallOutcome(null, finalFailure(last, settings), sent, lastTryMillis());
    }

    private ModelCallException finalFailure(ModelCallException e, LimitSettings settings) {
        if (!e.retriable()) {
            return e;
        }
        String why = sent >= settings.maxAttempts()
                ? " (gave up after " + sent + " attempts)"
                : " (Retry-After " + e.retryAfter().map(Duration::toString).orElse("?") + " exceeds max-retry-after "
                        + settings.maxRetryAfter() + ")";
        return new ModelCallException(e.kind(), e.getMessage() + why, e.retryAfter().orElse(null), e);
    }

    private long lastTryMillis() {
        return TimeUnit.NANOSECONDS.toMillis(lastTryNanos);
    }

    private static boolean wasSent(ModelCallException e) {
        return switch (e.kind()) {
            case CIRCUIT_OPEN, LIMIT_WAIT_EXCEEDED, CANCELLED, WITHDRAWN -> false;
            default -> true;
        };
    }
}
