package dev.dakora.eval.messaging;

import dev.dakora.common.event.Topics;
import org.apache.kafka.common.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.SendResult;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The worker's template, except that the first score or judge call of a job whose id starts with
 * {@code crash-} reaches the broker and then the handling fails before the transaction commits, as a
 * worker killed between producing and committing would.
 */
final class CrashingTemplate extends KafkaTemplate<Object, Object> {

    private final Set<String> crashed = ConcurrentHashMap.newKeySet();

    CrashingTemplate(ProducerFactory<Object, Object> producerFactory) {
        super(producerFactory);
    }

    @Override
    public CompletableFuture<SendResult<Object, Object>> send(String topic, Object key, Object data) {
        CompletableFuture<SendResult<Object, Object>> sent = super.send(topic, key, data);
        if ((topic.equals(Topics.SCORES.name()) || topic.equals(Topics.MODEL_CALLS.name()))
                && key instanceof String jobId && jobId.startsWith("crash-") && crashed.add(topic + jobId)) {
            flush();
            throw new KafkaException("simulated death after publishing for " + jobId);
        }
        return sent;
    }
}
