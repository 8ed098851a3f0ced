package dev.dakora.sink.persistence;

import org.apache.kafka.common.TopicPartition;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * Keeps {@code log_sink_positions}: per consumer group and partition, the offset of the next record the
 * log sink has to write. Saved in the transaction that writes the records' rows, so it is exactly as
 * durable as they are; read when a writer is assigned a partition.
 */
public final class SinkPositions {

    static final String SAVE = """
            INSERT INTO log_sink_positions (consumer_group, topic, kafka_partition, next_offset, updated_at)
            SELECT $1, topic, kafka_partition, next_offset, now()
            FROM unnest($2::text[], $3::integer[], $4::bigint[]) AS t(topic, kafka_partition, next_offset)
            ON CONFLICT (consumer_group, topic, kafka_partition) DO UPDATE SET
                next_offset = EXCLUDED.next_offset, updated_at = now()
            """;

    static final String LOAD = """
            SELECT topic, kafka_partition, next_offset FROM log_sink_positions WHERE consumer_group = $1
            """;

    private final DatabaseClient database;

    public SinkPositions(DatabaseClient database) {
        this.database = database;
    }

    /** @param next per partition, the offset after the last record written */
    public Mono<Long> save(String group, Map<TopicPartition, Long> next) {
        if (next.isEmpty()) {
            return Mono.just(0L);
        }
        List<Map.Entry<TopicPartition, Long>> rows = List.copyOf(next.entrySet());
        return database.sql(SAVE)
                .bind(0, group)
                .bind(1, SqlArrays.texts(rows, row -> row.getKey().topic()))
                .bind(2, SqlArrays.ints(rows, row -> row.getKey().partition()))
                .bind(3, SqlArrays.longs(rows, Map.Entry::getValue))
                .fetch().rowsUpdated();
    }

    /** Every partition of the group with a stored position. */
    public Mono<Map<TopicPartition, Long>> load(String group) {
        return database.sql(LOAD).bind(0, group)
                .map(row -> Map.entry(new TopicPartition(row.get("topic", String.class),
                        row.get("kafka_partition", Integer.class)), row.get("next_offset", Long.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }
}
