package dev.dakora.gateway.messaging;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ResultEvent;
import dev.dakora.common.event.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListener;

/**
 * Reads {@code dakora.call-results} and {@code dakora.results} for the live feed. The gateway does not
 * own these topics: a record it cannot read is logged and skipped (the log sink dead-letters it).
 */
public class LiveEventListener implements MessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(LiveEventListener.class);

    private final LiveEvents events;

    public LiveEventListener(LiveEvents events) {
        this.events = events;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        String topic = record.topic();
        byte[] value = record.value();
        try {
            events.emit(decode(topic, value), () -> decode(topic, value));
        } catch (RuntimeException e) {
            log.warn("skipped an unreadable record at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    e.toString());
        }
    }

    private static LiveEvents.LiveEvent decode(String topic, byte[] value) {
        return Topics.CALL_RESULTS.name().equals(topic)
                ? LiveEventMapper.of(EventJson.read(value, ModelCallCompleted.class))
                : LiveEventMapper.of(EventJson.read(value, ResultEvent.class));
    }
}
