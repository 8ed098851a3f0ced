package dev.dakora.llm.messaging;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.Topics;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.concurrent.CompletableFuture;

/** Publishes call results to {@code dakora.call-results}, keyed by job id. */
public class ResultPublisher {

    private final KafkaTemplate<String, ModelCallCompleted> template;

    public ResultPublisher(KafkaTemplate<String, ModelCallCompleted> template) {
        this.template = template;
    }

    CompletableFuture<?> publish(ModelCallCompleted result) {
        return template.send(Topics.CALL_RESULTS.name(), result.jobId(), result);
    }
}
