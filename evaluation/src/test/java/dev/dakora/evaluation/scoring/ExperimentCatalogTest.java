package dev.dakora.evaluation.scoring;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.dakora.evaluation.scoring.Definitions.contains;
import static org.assertj.core.api.Assertions.assertThat;

class ExperimentCatalogTest {

    private static final String TOPIC = Topics.EXPERIMENTS.name();
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);

    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
    private final List<String> reads = new ArrayList<>();
    private final ExperimentCatalog catalog = new ExperimentCatalog(consumer, Duration.ofSeconds(5),
            (headers, experimentId) -> reads.add(experimentId + " " + traceparent(headers)));
    private final long[] offsets = {0, 0};

    @BeforeEach
    void topic() {
        Node node = new Node(0, "localhost", 9092);
        consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, node, null, null),
                new PartitionInfo(TOPIC, 1, node, null, null)));
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        consumer.updateEndOffsets(Map.of(P0, 0L, P1, 0L));
    }

    private void append(TopicPartition partition, String key, byte[] value) {
        append(partition, key, value, new RecordHeaders());
    }

    private void append(TopicPartition partition, String key, byte[] value, RecordHeaders headers) {
        long offset = offsets[partition.partition()]++;
        consumer.schedulePollTask(() -> consumer.addRecord(new ConsumerRecord<>(TOPIC, partition.partition(), offset,
                ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE,
                ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, key, value, headers, Optional.empty())));
        consumer.updateEndOffsets(Map.of(partition, offsets[partition.partition()]));
    }

    private static String traceparent(Headers headers) {
        Header header = headers.lastHeader("traceparent");
        return header == null ? "-" : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void should_find_a_definition_from_any_partition_by_reading_the_topic_to_its_end() {
        append(P0, "exp-a", EventJson.write(Definitions.defined("exp-a", List.of(contains("x")))));
        append(P1, "exp-b", EventJson.write(Definitions.defined("exp-b", List.of(contains("y")))));

        assertThat(catalog.find("exp-b")).map(ExperimentDefined::experimentId).contains("exp-b");
        assertThat(catalog.find("exp-a")).map(ExperimentDefined::experimentId).contains("exp-a");
    }

    @Test
    void should_find_nothing_for_an_experiment_the_topic_does_not_hold() {
        append(P0, "exp-a", EventJson.write(Definitions.defined("exp-a", List.of(contains("x")))));

        assertThat(catalog.find("exp-missing")).isEmpty();
    }

    @Test
    void should_skip_an_unreadable_definition_and_forget_a_deleted_experiment() {
        append(P0, "exp-bad", "{not json".getBytes(StandardCharsets.UTF_8));
        append(P0, "exp-gone", EventJson.write(Definitions.defined("exp-gone", List.of(contains("x")))));
        append(P0, "exp-gone", null);
        append(P1, "exp-kept", EventJson.write(Definitions.defined("exp-kept", List.of(contains("x")))));

        assertThat(catalog.find("exp-kept")).isPresent();
        assertThat(catalog.find("exp-gone")).isEmpty();
        assertThat(catalog.find("exp-bad")).isEmpty();
    }

    @Test
    void should_report_each_definition_read_with_its_record_headers() {
        // given
        RecordHeaders traced = new RecordHeaders(
                List.of(new RecordHeader("traceparent", "00-abc-def-01".getBytes(StandardCharsets.UTF_8))));
        append(P0, "exp-traced", EventJson.write(Definitions.defined("exp-traced", List.of(contains("x")))), traced);
        append(P1, "exp-plain", EventJson.write(Definitions.defined("exp-plain", List.of(contains("y")))));

        // when
        catalog.find("exp-traced");

        // then
        assertThat(reads).containsExactlyInAnyOrder("exp-traced 00-abc-def-01", "exp-plain -");
    }

    @Test
    void should_report_no_read_for_an_unreadable_definition_or_a_tombstone() {
        // given
        append(P0, "exp-bad", "{not json".getBytes(StandardCharsets.UTF_8));
        append(P0, "exp-gone", null);

        // when
        catalog.find("exp-bad");

        // then
        assertThat(reads).isEmpty();
    }
}
