package dev.dakora.render.messaging;

import dev.dakora.common.event.Topics;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.SendResult;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The worker's template, except that the first publication of a job whose id starts with
 * {@code crash-} fails after its render event has reached the broker and before its model calls are
 * sent, as a worker dying in the middle of a fan-out would.
 */
final class CrashingTemplate extends KafkaTemplate<Object, Object> {

    private final Set<String> crashed = ConcurrentHashMap.newKeySet();

    CrashingTemplate(ProducerFactory<Object, Object> producerFactory) {
        super(producerFactory);
    }

    @Override
    public CompletableFuture<SendResult<Object, Object>> send(String topic, Object key, Object data) {
        if (topic.equals(Topics.MODEL_CALLS.name()) && key instanceof String jobId && jobId.startsWith("crash-")
                && crashed.add(jobId)) {
            flush();
            throw new KafkaException("simulated crash after the render event of " + jobId);
        }
        return super.send(topic, key, data);
    }
}
