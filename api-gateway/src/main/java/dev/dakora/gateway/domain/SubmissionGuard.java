package dev.dakora.gateway.domain;

import dev.dakora.gateway.messaging.KafkaUnavailableException;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Admits a submission of some rows, or refuses it with {@link TooManyRequestsException} before any of
 * it is stored or sent: first the gateway-wide bound on rows in flight, then the client's rate. The
 * rows in flight are given back when the submission ends, however it ends (done, failed, cancelled).
 * A submission Kafka refused ({@link KafkaUnavailableException}, answered 503 "nothing was accepted,
 * retry later") gives its rows back to the client's rate too, so that the retry it is asked for is not
 * refused with 429; any other failure (invalid rows, a missing template) keeps them counted, as the
 * gateway did the work of reading and checking them.
 */
public class SubmissionGuard {

    private final SubmissionLimiter limiter;
    private final InFlightRows inFlight;
    private final Duration busyRetryAfter;

    public SubmissionGuard(SubmissionLimiter limiter, InFlightRows inFlight, Duration busyRetryAfter) {
        this.limiter = limiter;
        this.inFlight = inFlight;
        this.busyRetryAfter = busyRetryAfter;
    }

    public <T> Mono<T> admit(String client, int rows, Supplier<Mono<T>> submission) {
        return Mono.defer(() -> {
            if (!inFlight.tryTake(rows)) {
                return Mono.error(new TooManyRequestsException("the gateway is holding " + inFlight.max()
                        + " rows that Kafka has not acknowledged yet (dakora.limits.max-rows-in-flight); nothing was "
                        + "accepted, retry later", busyRetryAfter));
            }
            Duration wait = limiter.take(client, rows);
            if (!wait.isZero()) {
                inFlight.give(rows);
                return Mono.error(overRate(rows, wait));
            }
            return Mono.defer(submission)
                    .doOnError(KafkaUnavailableException.class, refused -> limiter.refund(client, rows))
                    .doFinally(signal -> inFlight.give(rows));
        });
    }

    /** The refusal of a client with no row left, to answer before its request body is read; empty if it has some. */
    public Optional<TooManyRequestsException> precheck(String client) {
        Duration wait = limiter.waitForOne(client);
        return wait.isZero() ? Optional.empty() : Optional.of(overRate(1, wait));
    }

    private TooManyRequestsException overRate(int rows, Duration wait) {
        String detail = rows > limiter.burstRows()
                ? "this submission has " + rows + " rows but a client may submit at most " + limiter.burstRows()
                        + " at once (dakora.limits.burst-rows); split it"
                : "this client is over its submission rate (dakora.limits.rows-per-second, "
                        + "dakora.limits.burst-rows); nothing was accepted, retry after the Retry-After seconds";
        return new TooManyRequestsException(detail, wait);
    }
}
