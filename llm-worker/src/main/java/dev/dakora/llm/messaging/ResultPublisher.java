package dev.dakora.llm.messaging;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.Topics;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.concurrent.ExecutionException;

/** Publishes call results to {@code dakora.call-results}, keyed by job id. */
public class ResultPublisher {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(ResultPublisher.class));
    private static final UntilAcknowledged SENDS =
            new UntilAcknowledged("call-results", Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final KafkaTemplate<String, ModelCallCompleted> template;

    public ResultPublisher(KafkaTemplate<String, ModelCallCompleted> template) {
        this.template = template;
    }

    /**
     * Returns once Kafka acknowledged the result, trying again (1 s, doubling to 30 s) while it cannot:
     * the call's offset must not be committed before its result is stored.
     */
    public void publish(ModelCallCompleted result) throws InterruptedException {
        SENDS.run(() -> {
            try {
                template.send(Topics.CALL_RESULTS.name(), result.jobId(), result).get();
            } catch (ExecutionException e) {
                LOG.warn(() -> "could not publish the result of " + result.callId() + ", trying again: "
                        + e.getCause().getMessage());
                throw e;
            }
        });
    }
}
