package dev.dakora.sink.stream;

import dev.dakora.common.event.ResultEvent;
import dev.dakora.sink.domain.BatchAggregation;
import dev.dakora.sink.domain.BatchOpened;
import dev.dakora.sink.domain.BatchSignal;
import dev.dakora.sink.domain.BatchState;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.charset.StandardCharsets;
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
 * it completed. Each report carries the batch's trace context: the W3C {@code traceparent} header of its
 * submission (until the submission is seen, that of the first signal that had one), kept in a store of
 * its own, so the batch's progress events belong to the trace of the request that submitted it.
 */
final class BatchProcessor implements Processor<String, BatchSignal, String, ResultEvent> {

    static final String TRACEPARENT = "traceparent";

    private final Duration interval;
    private final Duration retention;
    private ProcessorContext<String, ResultEvent> context;
    private KeyValueStore<String, BatchState> store;
    private KeyValueStore<String, Long> pending;
    private KeyValueStore<String, String> traces;

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
        this.traces = context.getStateStore(LogSinkTopology.TRACE_STORE);
        context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, now -> reportPending());
        context.schedule(FinishedStates.sweepInterval(retention), PunctuationType.WALL_CLOCK_TIME,
                this::forgetFinished);
    }

    /** A batch with progress not reported yet stays until the next sweep. */
    private void forgetFinished(long nowMillis) {
        Instant before = Instant.ofEpochMilli(nowMillis).minus(retention);
        FinishedStates.sweep(store, state -> {
            boolean forget = state.completedAt() != null && state.completedAt().isBefore(before)
                    && pending.get(state.batchId()) == null;
            if (forget) {
                traces.delete(state.batchId());
            }
            return forget ? null : state;
        });
    }

    @Override
    public void process(Record<String, BatchSignal> record) {
        String batchId = record.key();
        BatchState state = store.get(batchId);
        BatchState next = BatchAggregation.apply(state == null ? BatchState.empty(batchId) : state, record.value());
        store.put(batchId, next);
        keepTrace(batchId, record);
        if (state == null || state.status() != next.status()) {
            pending.delete(batchId);
            report(batchId, next, record.timestamp());
        } else {
            pending.put(batchId, record.timestamp());
        }
    }

    /** The submission's context replaces any other; another signal's is kept only while the batch has none. */
    private void keepTrace(String batchId, Record<String, BatchSignal> record) {
        Header traceparent = record.headers().lastHeader(TRACEPARENT);
        if (traceparent != null && traceparent.value() != null
                && (record.value() instanceof BatchOpened || traces.get(batchId) == null)) {
            traces.put(batchId, new String(traceparent.value(), StandardCharsets.UTF_8));
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
        Record<String, ResultEvent> progress = new Record<>(batchId, state.progress(), timestamp);
        String traceparent = traces.get(batchId);
        if (traceparent != null) {
            progress.headers().add(TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        context.forward(progress);
    }
}
