package dev.dakora.sink.stream;

import dev.dakora.common.event.BatchSubmitted;
import dev.dakora.common.event.JobCommand;
import dev.dakora.common.event.JobCompleted;
import dev.dakora.common.event.ResultEvent;
import dev.dakora.common.event.Topics;
import dev.dakora.common.event.kafka.EventSerde;
import dev.dakora.sink.domain.BatchOpened;
import dev.dakora.sink.domain.BatchSignal;
import dev.dakora.sink.domain.BatchState;
import dev.dakora.sink.domain.JobState;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import java.time.Duration;
import java.util.Map;

/**
 * The log sink's aggregation. Job commands (except batch submissions), renders and call results, all
 * keyed by job id, merge into one per-job aggregate ({@link JobProcessor}) that emits
 * {@link JobCompleted} to {@code dakora.results} when the job becomes final, and batch signals. The
 * signals and the batch submissions are re-keyed by batch id through a repartition topic into a
 * per-batch aggregate ({@link BatchProcessor}) that emits {@code BatchProgressed} when the batch's status
 * changes and, while it runs, every progress interval if its counters changed, with the trace context of
 * the batch's submission in its headers. A judge call's result
 * (its eval context has a judge) belongs to no job or batch: it is logged in {@code executions} by the
 * call results writer and never aggregated here.
 */
public final class LogSinkTopology {

    public static final String JOB_STORE = "job-aggregates";
    public static final String BATCH_STORE = "batch-aggregates";
    public static final String PENDING_STORE = "batch-progress-pending";
    public static final String TRACE_STORE = "batch-traces";
    public static final String BATCH_SIGNALS = "batch-signals";
    public static final Duration PROGRESS_INTERVAL = Duration.ofMillis(500);
    public static final Duration FINISHED_RETENTION = Duration.ofDays(7);

    private static final Serde<String> KEYS = Serdes.String();

    private LogSinkTopology() {
    }

    public static Topology build(StreamsBuilder builder) {
        return build(builder, PROGRESS_INTERVAL, FINISHED_RETENTION);
    }

    /**
     * @param progressInterval  how often a batch's counters are reported while its status stays the same
     * @param finishedRetention how long a final job's or batch's aggregate is kept after it became final
     */
    public static Topology build(StreamsBuilder builder, Duration progressInterval, Duration finishedRetention) {
        // cached stores: a key updated many times between two commits goes to its changelog once
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(JOB_STORE), KEYS,
                new EventSerde<>(JobState.class)).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BATCH_STORE), KEYS,
                new EventSerde<>(BatchState.class)).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(PENDING_STORE), KEYS,
                Serdes.Long()).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TRACE_STORE), KEYS,
                Serdes.String()));
        Produced<String, ResultEvent> toResults = Produced.with(KEYS, EventSerde.of(Topics.RESULTS));

        KStream<String, JobCommand> commands =
                builder.stream(Topics.JOBS.name(), Consumed.with(KEYS, EventSerde.of(Topics.JOBS)));
        KStream<String, Object> jobEvents = commands
                .filter((key, command) -> !(command instanceof BatchSubmitted), Named.as("job-commands"))
                .mapValues(command -> (Object) command)
                .merge(builder.stream(Topics.RENDERS.name(), Consumed.with(KEYS, EventSerde.of(Topics.RENDERS)))
                        .mapValues(render -> (Object) render))
                .merge(builder.stream(Topics.CALL_RESULTS.name(), Consumed.with(KEYS, EventSerde.of(Topics.CALL_RESULTS)))
                        .filter((key, call) -> call != null && (call.eval() == null || !call.eval().judgeCall()),
                                Named.as("not-judge-calls"))
                        .mapValues(call -> (Object) call))
                .filter((jobId, event) -> jobId != null && event != null, Named.as("keyed-job-events"));

        Map<String, KStream<String, Object>> outcomes = jobEvents
                .process(() -> new JobProcessor(finishedRetention), Named.as("aggregate-jobs"), JOB_STORE)
                .split(Named.as("job-"))
                .branch((key, outcome) -> outcome instanceof JobCompleted, Branched.as("completed"))
                .defaultBranch(Branched.as("signals"));
        outcomes.get("job-completed").mapValues(completed -> (ResultEvent) completed).to(Topics.RESULTS.name(), toResults);

        KStream<String, BatchSignal> opened = commands
                .filter((key, command) -> command instanceof BatchSubmitted, Named.as("batch-commands"))
                .mapValues(command -> (BatchSignal) new BatchOpened((BatchSubmitted) command));
        outcomes.get("job-signals").mapValues(signal -> (BatchSignal) signal)
                .merge(opened)
                .selectKey((key, signal) -> signal.batchId(), Named.as("by-batch-id"))
                .repartition(Repartitioned.with(KEYS, new EventSerde<>(BatchSignal.class)).withName(BATCH_SIGNALS))
                .process(() -> new BatchProcessor(progressInterval, finishedRetention), Named.as("aggregate-batches"),
                        BATCH_STORE, PENDING_STORE, TRACE_STORE)
                .to(Topics.RESULTS.name(), toResults);
        return builder.build();
    }
}
