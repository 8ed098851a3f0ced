package dev.dakora.sink.stream;

import dev.dakora.sink.domain.JobAggregation;
import dev.dakora.sink.domain.JobState;
import dev.dakora.sink.domain.JobStep;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.time.Instant;

/**
 * Applies each job event to the job's stored aggregate; forwards the {@code JobCompleted} (keyed by job
 * id) when the job becomes final and each batch signal keyed by its batch id. Final jobs are forgotten
 * a retention after they became final.
 */
final class JobProcessor implements Processor<String, Object, String, Object> {

    private final Duration retention;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, JobState> store;

    /** @param retention how long a final job's state is kept after it became final ({@link FinishedStates}) */
    JobProcessor(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.store = context.getStateStore(LogSinkTopology.JOB_STORE);
        context.schedule(FinishedStates.sweepInterval(retention), PunctuationType.WALL_CLOCK_TIME,
                this::forgetFinished);
    }

    /** A final state written before the finishing time was kept is dated now, and forgotten a retention later. */
    private void forgetFinished(long nowMillis) {
        Instant now = Instant.ofEpochMilli(nowMillis);
        Instant before = now.minus(retention);
        FinishedStates.sweep(store, state -> !state.finished() ? state
                : state.finishedAt() == null ? state.finishedNoLaterThan(now)
                : state.finishedAt().isBefore(before) ? null : state);
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
