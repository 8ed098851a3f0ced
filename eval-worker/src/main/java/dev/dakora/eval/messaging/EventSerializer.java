package dev.dakora.eval.messaging;

import dev.dakora.common.event.EventJson;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The value serializer of the worker's one transactional producer, which writes every output topic
 * and the dead letter topic: events in {@link EventJson}'s form, and the raw bytes of a record that
 * could not be read, passed on unchanged.
 */
final class EventSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] raw) {
            return raw;
        }
        return EventJson.write(value);
    }
}
