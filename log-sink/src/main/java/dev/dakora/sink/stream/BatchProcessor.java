package dev.dakora.sink.stream;

import dev.dakora.common.event.ResultEvent;
import dev.dakora.sink.domain.BatchAggregation;
import dev.dakora.sink.domain.BatchSignal;
import dev.dakora.sink.domain.BatchState;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Adds each signal to its batch's stored counters and forwards the new {@code BatchProgressed}. */
final class BatchProcessor implements Processor<String, BatchSignal, String, ResultEvent> {

    private ProcessorContext<String, ResultEvent> context;
    private KeyValueStore<String, BatchState> store;

    @Override
    public void init(ProcessorContext<String, ResultEvent> context) {
        this.context = context;
        this.store = context.getStateStore(LogSinkTopology.BATCH_STORE);
    }

    @Override
    public void process(Record<String, BatchSignal> record) {
        String batchId = record.key();
        BatchState state = store.get(batchId);
        BatchState next = BatchAggregation.apply(state == null ? BatchState.empty(batchId) : state, record.value());
        store.put(batchId, next);
        context.forward(record.withValue(next.progress(record.value().at())));
    }
}
