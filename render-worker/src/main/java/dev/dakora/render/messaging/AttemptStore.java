package dev.dakora.render.messaging;

import org.apache.kafka.common.TopicPartition;

import java.util.Map;

/** Where attempt markers outlive the process that wrote them ({@link AttemptLog} on Kafka). */
interface AttemptStore {

    /** Stores every marker; returns only once they are durable. */
    void write(Map<TopicPartition, AttemptMarker> markers);

    /** The latest marker of every input partition, by {@link AttemptMarker#key}. */
    Map<String, AttemptMarker> readAll();
}
