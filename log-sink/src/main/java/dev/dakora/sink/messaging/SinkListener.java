package dev.dakora.sink.messaging;

import dev.dakora.common.tracing.KafkaTracing;
import io.micrometer.tracing.Span;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Writes each polled batch of one topic to the database and returns only when the write's transaction
 * committed, so the container commits the batch's offsets after the rows are durably stored (the write
 * stores its own positions with them, {@link PositionedWrite}; a crash between the two commits replays
 * the batch, which changes nothing). A record that could not be read
 * ends the batch there: the records before it are written, then it is reported to the error handler,
 * which sends it to the dead letter topic and redelivers the rest. A record the database refuses is
 * found by writing the batch row by row and is reported the same way.
 *
 * <p>The listener blocks on the reactive write: it runs on the container's own consumer thread, which
 * must not return before the write is durable.
 *
 * <p>Each record's share of a write is a span ({@value #SPAN}), the child of the trace context in the
 * record's headers, lasting as long as the write it was part of.
 */
public final class SinkListener<T> implements BatchMessageListener<String, T> {

    private static final LogAccessor LOG = new LogAccessor(SinkListener.class);

    static final String SPAN = "dakora.sink.write";

    private final Function<List<ConsumerRecord<String, T>>, Mono<?>> write;
    private final Duration timeout;
    private final KafkaTracing tracing;

    /** @param write stores a batch of records; its result completes once they are committed */
    public SinkListener(Function<List<ConsumerRecord<String, T>>, Mono<?>> write, Duration timeout) {
        this(write, timeout, KafkaTracing.NOOP);
    }

    public SinkListener(Function<List<ConsumerRecord<String, T>>, Mono<?>> write, Duration timeout,
                        KafkaTracing tracing) {
        this.write = write;
        this.timeout = timeout;
        this.tracing = tracing;
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, T>> records) {
        int poison = firstUnreadable(records);
        List<ConsumerRecord<String, T>> readable = poison < 0 ? records : records.subList(0, poison);
        writeAll(readable);
        if (poison >= 0) {
            ConsumerRecord<String, T> record = records.get(poison);
            DeserializationException cause = SerializationUtils.getExceptionFromHeader(record,
                    SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
            throw new BatchListenerFailedException("unreadable record at " + record.topic() + "-"
                    + record.partition() + "@" + record.offset(), cause, poison);
        }
    }

    private void writeAll(List<ConsumerRecord<String, T>> records) {
        try {
            write(records);
        } catch (RuntimeException error) {
            if (!RowProblem.isRowProblem(error)) {
                throw error;
            }
            writeOneByOne(records);
        }
    }

    private void writeOneByOne(List<ConsumerRecord<String, T>> records) {
        for (int i = 0; i < records.size(); i++) {
            try {
                write(List.of(records.get(i)));
            } catch (RuntimeException error) {
                if (!RowProblem.isRowProblem(error)) {
                    throw error;
                }
                throw new BatchListenerFailedException("record refused by the database",
                        new UnstorableRecordException(error.getMessage(), error), i);
            }
        }
    }

    private void write(List<ConsumerRecord<String, T>> records) {
        if (records.isEmpty()) {
            return;
        }
        List<Span> spans = tracing.startEach(records.stream().map(ConsumerRecord::headers).toList(), SPAN,
                Span.Kind.CONSUMER);
        Throwable failure = null;
        try {
            write.apply(records).block(timeout);
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            KafkaTracing.endAll(spans, failure);
        }
    }

    private static int firstUnreadable(List<? extends ConsumerRecord<String, ?>> records) {
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, ?> record = records.get(i);
            if (record.value() == null
                    && record.headers().lastHeader(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER) != null) {
                return i;
            }
        }
        return -1;
    }
}
