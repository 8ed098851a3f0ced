package dev.dakora.sink.messaging;

import dev.dakora.sink.persistence.SinkPositions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Sends a record that cannot be stored to its dead letter topic, then stores the position after it: the
 * writer resumes from stored positions ({@link StoredPositions}), and without this a restart would read
 * the record, and dead-letter it, again. Should the position not be stored, the record is only
 * dead-lettered once more after a restart; that is logged.
 */
public final class DeadLetterThenPosition implements ConsumerRecordRecoverer {

    private static final LogAccessor LOG = new LogAccessor(DeadLetterThenPosition.class);

    private final ConsumerRecordRecoverer deadLetters;
    private final UnaryOperator<String> groupOfTopic;
    private final SinkPositions positions;
    private final Duration timeout;

    public DeadLetterThenPosition(ConsumerRecordRecoverer deadLetters, UnaryOperator<String> groupOfTopic,
                                  SinkPositions positions, Duration timeout) {
        this.deadLetters = deadLetters;
        this.groupOfTopic = groupOfTopic;
        this.positions = positions;
        this.timeout = timeout;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception error) {
        deadLetters.accept(record, error);
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try {
            positions.save(groupOfTopic.apply(record.topic()), Map.of(partition, record.offset() + 1)).block(timeout);
        } catch (RuntimeException notStored) {
            LOG.warn(notStored, () -> "Dead-lettered " + partition + "@" + record.offset()
                    + " but could not store the position after it");
        }
    }
}
