package dev.dakora.sink.messaging;

import dev.dakora.common.event.EventJson;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Dead letter values: a record that could not be read goes out as the bytes it came with; one that was
 * read but could not be stored goes out in its event JSON.
 */
public final class DeadLetterValueSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object value) {
        return switch (value) {
            case null -> null;
            case byte[] bytes -> bytes;
            default -> EventJson.write(value);
        };
    }
}
