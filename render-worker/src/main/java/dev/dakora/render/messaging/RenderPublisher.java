package dev.dakora.render.messaging;

import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.Topics;
import dev.dakora.render.domain.RenderOutcome;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes a render outcome, keyed by job id: the render event to {@code dakora.renders}, then each
 * model call to {@code dakora.model-calls}. Sends are not awaited: they belong to the listener's
 * transaction, whose commit fails (and rolls every send of the poll back) if any of them failed.
 */
final class RenderPublisher {

    private final KafkaTemplate<Object, Object> template;

    RenderPublisher(KafkaTemplate<Object, Object> template) {
        this.template = template;
    }

    void publish(RenderOutcome outcome) {
        String key = outcome.jobId();
        template.send(Topics.RENDERS.name(), key, outcome.event());
        for (ModelCallRequested call : outcome.calls()) {
            template.send(Topics.MODEL_CALLS.name(), key, call);
        }
    }
}
