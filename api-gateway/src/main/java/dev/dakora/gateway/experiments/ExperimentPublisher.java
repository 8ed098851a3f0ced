package dev.dakora.gateway.experiments;

import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.Topics;
import dev.dakora.gateway.messaging.KafkaUnavailableException;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.springframework.kafka.core.KafkaTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Writes {@code ExperimentDefined} to {@code dakora.experiments}, keyed by experiment id, with an
 * idempotent {@code acks=all} producer; completes once Kafka acknowledged it, else fails with
 * {@link KafkaUnavailableException} (a 503 with {@code Retry-After}). The send runs with the subscriber's
 * context (the HTTP request's observation) as the thread's, so the template's tracing interceptor writes
 * the request's trace context into the record's headers and the experiment's consumers continue it.
 */
public class ExperimentPublisher {

    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

    private final KafkaTemplate<String, ExperimentDefined> kafka;
    private final Duration timeout;
    private final Duration retryAfter;

    public ExperimentPublisher(KafkaTemplate<String, ExperimentDefined> kafka, Duration timeout, Duration retryAfter) {
        this.kafka = kafka;
        this.timeout = timeout;
        this.retryAfter = retryAfter;
    }

    public Mono<Void> publish(ExperimentDefined experiment) {
        return Mono.deferContextual(context -> Mono.fromFuture(() -> {
                    CompletableFuture<?> sent;
                    try (ContextSnapshot.Scope ignored = SNAPSHOTS.captureFrom(context).setThreadLocals()) {
                        sent = kafka.send(Topics.EXPERIMENTS.name(), experiment.experimentId(), experiment);
                    }
                    return sent.copy().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
                }))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(e -> !(e instanceof KafkaUnavailableException),
                        e -> new KafkaUnavailableException("Kafka did not acknowledge the experiment: " + e.getMessage(), e, retryAfter))
                .then();
    }
}
