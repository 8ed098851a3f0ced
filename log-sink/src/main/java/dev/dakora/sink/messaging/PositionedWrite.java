package dev.dakora.sink.messaging;

import dev.dakora.sink.persistence.SinkPositions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a polled batch of records in one database transaction: the rows their events make and, for each
 * partition, the offset after the batch's last record ({@link SinkPositions}). Either both are committed
 * or neither is, so a stored position never runs ahead of the rows; the writer resumes from it when it is
 * assigned the partition again ({@link StoredPositions}).
 */
public final class PositionedWrite<T> implements Function<List<ConsumerRecord<String, T>>, Mono<?>> {

    private final String group;
    private final Function<List<T>, Mono<?>> rows;
    private final SinkPositions positions;
    private final TransactionalOperator transactions;

    /** @param group the consumer group whose positions these are */
    public PositionedWrite(String group, Function<List<T>, Mono<?>> rows, SinkPositions positions,
                           TransactionalOperator transactions) {
        this.group = group;
        this.rows = rows;
        this.positions = positions;
        this.transactions = transactions;
    }

    @Override
    public Mono<?> apply(List<ConsumerRecord<String, T>> records) {
        List<T> values = records.stream().map(ConsumerRecord::value).filter(Objects::nonNull).toList();
        Mono<?> write = values.isEmpty() ? Mono.empty() : rows.apply(values);
        return write.then(positions.save(group, nextOffsets(records))).as(transactions::transactional);
    }

    static Map<TopicPartition, Long> nextOffsets(List<? extends ConsumerRecord<String, ?>> records) {
        Map<TopicPartition, Long> next = new LinkedHashMap<>();
        for (ConsumerRecord<String, ?> record : records) {
            next.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        }
        return next;
    }
}
