package dev.dakora.gateway.messaging;

import dev.dakora.common.event.JobCommand;
import dev.dakora.common.event.Topics;
import org.springframework.kafka.core.KafkaTemplate;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Writes the gateway's commands to {@code dakora.jobs}, keyed by job id (batch id for a batch). The
 * producer is idempotent with {@code acks=all}; a send completes only once Kafka acknowledged it, and
 * fails with {@link KafkaUnavailableException} when Kafka does not acknowledge in time.
 */
public class JobPublisher {

    private final KafkaTemplate<String, JobCommand> kafka;
    private final Duration timeout;

    public JobPublisher(KafkaTemplate<String, JobCommand> kafka, Duration timeout) {
        this.kafka = kafka;
        this.timeout = timeout;
    }

    public Mono<Void> publish(JobCommand command) {
        return Mono.defer(() -> Mono.fromFuture(kafka.send(Topics.JOBS.name(), command.key(), command)))
                .timeout(timeout)
                .onErrorMap(e -> e instanceof TimeoutException || !(e instanceof KafkaUnavailableException),
                        e -> new KafkaUnavailableException("Kafka did not acknowledge the submission: " + e.getMessage(), e))
                .then();
    }
}
