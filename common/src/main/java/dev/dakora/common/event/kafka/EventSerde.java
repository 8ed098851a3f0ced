package dev.dakora.common.event.kafka;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.Topic;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serializer and deserializer of one event stream, in {@link EventJson}'s form. Bytes that do not
 * read as the stream's type raise {@link SerializationException}, which the roles route to the dead
 * letter topic.
 */
public final class EventSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    private final Class<T> type;

    public EventSerde(Class<T> type) {
        this.type = type;
    }

    public static <T> EventSerde<T> of(Topic<T> topic) {
        return new EventSerde<>(topic.valueType());
    }

    @Override
    public byte[] serialize(String topic, T event) {
        return event == null ? null : EventJson.write(event);
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return EventJson.read(data, type);
        } catch (RuntimeException e) {
            throw new SerializationException("not a " + type.getSimpleName() + " on " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
    }

    @Override
    public void close() {
    }
}
