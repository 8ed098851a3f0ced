package dev.dakora.sink.messaging;

import dev.dakora.common.event.Topic;
import dev.dakora.common.event.Topics;
import dev.dakora.common.event.kafka.EventSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

import java.util.Map;
import java.util.stream.Collectors;

/** Reads each pipeline topic's values as that topic's event type ({@link Topics}). */
public final class TopicEventDeserializer implements Deserializer<Object> {

    private final Map<String, EventSerde<?>> byTopic = Topics.ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Topic::name, TopicEventDeserializer::serde));

    @Override
    public Object deserialize(String topic, byte[] data) {
        EventSerde<?> serde = byTopic.get(topic);
        if (serde == null) {
            throw new SerializationException("no event type is known for topic " + topic);
        }
        return serde.deserialize(topic, data);
    }

    private static EventSerde<?> serde(Topic<?> topic) {
        return EventSerde.of(topic);
    }
}
