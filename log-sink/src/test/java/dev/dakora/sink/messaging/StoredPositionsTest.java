package dev.dakora.sink.messaging;

import dev.dakora.sink.persistence.SinkPositions;
import dev.dakora.sink.support.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoredPositionsTest {

    private static final String GROUP = "stored-positions-test";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static SinkPositions positions;

    @BeforeAll
    static void database() {
        positions = new SinkPositions(TestDatabase.create().client());
    }

    @Test
    void should_resume_at_the_stored_positions_when_kafka_committed_further() {
        // given: the database holds rows up to offsets 42 and 7; Kafka was told 100 (commits the database lost)
        TopicPartition first = new TopicPartition("resume", 0);
        TopicPartition second = new TopicPartition("resume", 1);
        positions.save(GROUP, Map.of(first, 42L, second, 7L)).block(TIMEOUT);
        MockConsumer<String, Object> consumer = consumerAt(100, first, second);

        // when
        new StoredPositions(GROUP, positions, TIMEOUT).onPartitionsAssigned(consumer, List.of(first, second));

        // then
        assertThat(consumer.position(first)).isEqualTo(42);
        assertThat(consumer.position(second)).isEqualTo(7);
    }

    @Test
    void should_read_from_the_first_retained_record_when_no_position_is_stored() {
        // given
        TopicPartition unrecorded = new TopicPartition("unrecorded", 0);
        MockConsumer<String, Object> consumer = consumerAt(100, unrecorded);
        consumer.updateBeginningOffsets(Map.of(unrecorded, 5L));

        // when
        new StoredPositions(GROUP, positions, TIMEOUT).onPartitionsAssigned(consumer, List.of(unrecorded));

        // then
        assertThat(consumer.position(unrecorded)).isEqualTo(5);
    }

    @Test
    void should_stay_at_the_committed_offset_when_the_database_cannot_be_read() throws Exception {
        // given
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SinkPositions unreachable = new SinkPositions(DatabaseClient.create(ConnectionFactories.get(
                "r2dbc:postgresql://postgres:postgres@localhost:" + closedPort + "/postgres?connectTimeout=PT2S")));
        TopicPartition partition = new TopicPartition("offline", 0);
        MockConsumer<String, Object> consumer = consumerAt(100, partition);

        // when
        new StoredPositions(GROUP, unreachable, TIMEOUT).onPartitionsAssigned(consumer, List.of(partition));

        // then
        assertThat(consumer.position(partition)).isEqualTo(100);
    }

    private static MockConsumer<String, Object> consumerAt(long committed, TopicPartition... partitions) {
        MockConsumer<String, Object> consumer = new MockConsumer<>("earliest");
        consumer.assign(List.of(partitions));
        for (TopicPartition partition : partitions) {
            consumer.updateBeginningOffsets(Map.of(partition, 0L));
            consumer.updateEndOffsets(Map.of(partition, 200L));
            consumer.seek(partition, committed);
        }
        return consumer;
    }
}
