package dev.dakora.sink.stream;

import dev.dakora.common.event.ResultEvent;
import dev.dakora.sink.domain.BatchAggregation;
import dev.dakora.sink.domain.BatchSignal;
import dev.dakora.sink.domain.BatchState;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds each signal to its batch's stored counters. A change of status is reported at once; other
 * changes are marked pending (with the Kafka timestamp of the input that made them) and reported together
 * every {@code interval} of wall-clock time, so a batch of many calls
 * yields a few {@code BatchProgressed} per second, not one per call. The pending marks live in a logged
 * store: a restart reports what it had not reported yet. A completed batch is forgotten a retention after
 * it completed.
 */
final class BatchProcessor implements Processor<String, BatchSignal, String, ResultEvent> {

    private final Duration interval;
    private final Duration retention;
    private ProcessorContext<String, ResultEvent> context;
    private KeyValueStore<String, BatchState> store;
    private KeyValueStore<String, Long> pending;

    /** @param retention how long a final batch's counters are kept after it completed ({@link FinishedStates}) */
    BatchProcessor(Duration interval, Duration retention) {
        this.interval = interval;
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, ResultEvent> context) {
        this.context = context;
        this.store = context.getStateStore(LogSinkTopology.BATCH_STORE);
        this.pending = context.getStateStore(LogSinkTopology.PENDING_STORE);
        context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, now -> reportPending());
        context.schedule(FinishedStates.sweepInterval(retention), PunctuationType.WALL_CLOCK_TIME,
                this::forgetFinished);
    }

    /** A batch with progress not reported yet stays until the next sweep. */
    private void forgetFinished(long nowMillis) {
        Instant before = Instant.ofEpochMilli(nowMillis).minus(retention);
        FinishedStates.sweep(store, state -> state.completedAt() != null && state.completedAt().isBefore(before)
                && pending.get(state.batchId()) == null ? null : state);
    }

    @Override
    public void process(Record<String, BatchSignal> record) {
        String batchId = record.key();
        BatchState state = store.get(batchId);
        BatchState next = BatchAggregation.apply(state == null ? BatchState.empty(batchId) : state, record.value());
        store.put(batchId, next);
        if (state == null || state.status() != next.status()) {
            pending.delete(batchId);
            report(batchId, next, record.timestamp());
        } else {
            pending.put(batchId, record.timestamp());
        }
    }

    private void reportPending() {
        List<KeyValue<String, Long>> due = new ArrayList<>();
        try (KeyValueIterator<String, Long> all = pending.all()) {
            all.forEachRemaining(due::add);
        }
        for (KeyValue<String, Long> batch : due) {
            pending.delete(batch.key);
            report(batch.key, store.get(batch.key), batch.value);
        }
    }

    /** @param timestamp the Kafka timestamp of the latest input record that changed the batch */
    private void report(String batchId, BatchState state, long timestamp) {
        context.forward(new Record<>(batchId, state.progress(), timestamp));
    }
}
