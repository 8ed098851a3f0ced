package dev.dakora.sink.messaging;

import dev.dakora.sink.persistence.SinkPositions;
import dev.dakora.sink.support.TestDatabase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadLetterThenPositionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static SinkPositions positions;

    @BeforeAll
    static void database() {
        positions = new SinkPositions(TestDatabase.create().client());
    }

    @Test
    void should_store_the_position_after_the_record_once_it_is_dead_lettered() {
        // given
        List<ConsumerRecord<?, ?>> sent = new ArrayList<>();
        ConsumerRecordRecoverer recoverer = new DeadLetterThenPosition((record, error) -> sent.add(record),
                topic -> "group." + topic, positions, TIMEOUT);

        // when
        recoverer.accept(new ConsumerRecord<>("sent", 1, 41, "key", "poison"), new IllegalStateException("unreadable"));

        // then
        assertThat(sent).hasSize(1);
        assertThat(positions.load("group.sent").block(TIMEOUT)).containsExactly(Map.entry(new TopicPartition("sent", 1), 42L));
    }

    @Test
    void should_store_no_position_when_the_dead_letter_cannot_be_sent() {
        // given
        ConsumerRecordRecoverer recoverer = new DeadLetterThenPosition((record, error) -> {
            throw new KafkaException("dead letter topic unavailable");
        }, topic -> "group." + topic, positions, TIMEOUT);

        // when / then
        assertThatThrownBy(() -> recoverer.accept(new ConsumerRecord<>("unsent", 0, 7, "key", "poison"),
                new IllegalStateException("unreadable"))).hasMessageContaining("dead letter topic unavailable");
        assertThat(positions.load("group.unsent").block(TIMEOUT)).isEmpty();
    }
}
