package dev.dakora.sink.stream;

import dev.dakora.sink.domain.JobAggregation;
import dev.dakora.sink.domain.JobState;
import dev.dakora.sink.domain.JobStep;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Applies each job event to the job's stored aggregate; forwards the {@code JobCompleted} (keyed by job
 * id) when the job becomes final and each batch signal keyed by its batch id.
 */
final class JobProcessor implements Processor<String, Object, String, Object> {

    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, JobState> store;

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.store = context.getStateStore(LogSinkTopology.JOB_STORE);
    }

    @Override
    public void process(Record<String, Object> record) {
        String jobId = record.key();
        JobState state = store.get(jobId);
        JobStep step = JobAggregation.apply(state == null ? JobState.open(jobId) : state, record.value());
        if (!step.changed()) {
            return;
        }
        store.put(jobId, step.state());
        if (step.completed() != null) {
            context.forward(record.withValue(step.completed()));
        }
        step.signals().forEach(signal -> context.forward(record.withKey(signal.batchId()).withValue(signal)));
    }
}
