package dev.dakora.gateway.messaging;

import dev.dakora.common.event.JobCommand;
import dev.dakora.common.event.Topics;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.springframework.kafka.core.KafkaTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Writes the gateway's commands to {@code dakora.jobs}, keyed by job id (batch id for a batch). The
 * producer is idempotent with {@code acks=all}; a send completes only once Kafka acknowledged it, and
 * fails with {@link KafkaUnavailableException} when Kafka does not acknowledge in time. The send runs with
 * the subscriber's context (the HTTP request's observation) as the thread's, so the template's tracing
 * interceptor writes the request's trace context into the record's headers.
 */
public class JobPublisher {

    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

    private final KafkaTemplate<String, JobCommand> kafka;
    private final Duration timeout;
    private final Duration retryAfter;

    /** @param retryAfter what a client refused for Kafka's sake is told to wait */
    public JobPublisher(KafkaTemplate<String, JobCommand> kafka, Duration timeout, Duration retryAfter) {
        this.kafka = kafka;
        this.timeout = timeout;
        this.retryAfter = retryAfter;
    }

    public Mono<Void> publish(JobCommand command) {
        // send() blocks while it waits for topic metadata (Kafka down: up to max.block.ms): not on the event loop.
        // The deadline is the future's own (orTimeout), not Reactor's timeout operator, which names the whole
        // operator chain for its message on every subscription: a batch publishes thousands of these.
        return Mono.deferContextual(context -> Mono.fromFuture(() -> {
                    long start = System.nanoTime();
                    CompletableFuture<?> sent;
                    try (ContextSnapshot.Scope ignored = SNAPSHOTS.captureFrom(context).setThreadLocals()) {
                        sent = kafka.send(Topics.JOBS.name(), command.key(), command);
                    }
                    long left = timeout.toNanos() - (System.nanoTime() - start);
                    // a copy: the template's own future is left for the producer to complete
                    return sent.copy().orTimeout(Math.max(left, 0), TimeUnit.NANOSECONDS);
                }))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(e -> !(e instanceof KafkaUnavailableException),
                        e -> new KafkaUnavailableException("Kafka did not acknowledge the submission: " + e.getMessage(), e, retryAfter))
                .then();
    }
}
