package dev.dakora.llm.messaging;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.CheckedRunnable;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import java.time.Duration;
import java.util.concurrent.ExecutionException;

/**
 * Runs a Kafka write until Kafka acknowledged it: a resilience4j {@link Retry} of the write while it fails
 * with an {@link ExecutionException} (Kafka did not take it), waiting {@code first}, doubling to
 * {@code max}, between tries, without an attempt limit: what follows the write (an offset commit) must not
 * happen before it is stored. Any other exception ends it at once; so does an interrupt.
 */
public final class UntilAcknowledged {

    private final Retry retry;

    public UntilAcknowledged(String name, Duration first, Duration max) {
        this.retry = Retry.of(name, RetryConfig.custom()
                .maxAttempts(Integer.MAX_VALUE)
                .retryExceptions(ExecutionException.class)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(first, 2, max))
                .build());
    }

    public void run(CheckedRunnable write) throws InterruptedException {
        try {
            Retry.decorateCheckedRunnable(retry, write).run();
        } catch (ExecutionException e) {
            if (Thread.interrupted()) {  // the wait was interrupted: the retry rethrows the last failure
                throw new InterruptedException("interrupted while waiting to write to Kafka again");
            }
            throw new IllegalStateException("a write without an attempt limit gave up", e);
        } catch (InterruptedException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

}
