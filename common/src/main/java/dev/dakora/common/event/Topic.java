package dev.dakora.common.event;

/**
 * A Kafka topic, the type of its values and what its records are keyed by.
 *
 * @param writer the one role that writes it
 */
public record Topic<V>(String name, Class<V> valueType, String key, String writer) {

    /** Where records that cannot be read or handled go, so they never block a partition. */
    public String deadLetter() {
        return name + "-dlt";
    }
}
