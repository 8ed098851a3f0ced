package dev.dakora.sink.stream;

import dev.dakora.common.event.BatchProgressed;
import dev.dakora.common.event.JobCommand;
import dev.dakora.common.event.JobCompleted;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.RenderEvent;
import dev.dakora.common.event.ResultEvent;
import dev.dakora.common.event.Topics;
import dev.dakora.common.event.kafka.EventSerde;
import dev.dakora.sink.domain.BatchState;
import dev.dakora.sink.domain.JobState;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The aggregation topology in a {@link TopologyTestDriver}, with typed access to its topics. */
final class TopologyHarness implements AutoCloseable {

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, JobCommand> jobs;
    private final TestInputTopic<String, RenderEvent> renders;
    private final TestInputTopic<String, ModelCallCompleted> calls;
    private final TestInputTopic<String, byte[]> rawCalls;
    private final TestOutputTopic<String, ResultEvent> results;

    TopologyHarness(Path stateDir) {
        this(new TopologyTestDriver(LogSinkTopology.build(new StreamsBuilder()),
                StreamsProperties.of("log-sink-test", "unused:9092", stateDir.toString(), Map.of())));
    }

    /** Final aggregates kept for {@code retention}; the wall clock starts at {@code wallClock}. */
    TopologyHarness(Path stateDir, Duration retention, Instant wallClock) {
        this(new TopologyTestDriver(LogSinkTopology.build(new StreamsBuilder(), LogSinkTopology.PROGRESS_INTERVAL,
                retention), StreamsProperties.of("log-sink-test", "unused:9092", stateDir.toString(), Map.of()),
                wallClock));
    }

    private TopologyHarness(TopologyTestDriver driver) {
        this.driver = driver;
        StringSerializer keys = new StringSerializer();
        jobs = driver.createInputTopic(Topics.JOBS.name(), keys, EventSerde.of(Topics.JOBS));
        renders = driver.createInputTopic(Topics.RENDERS.name(), keys, EventSerde.of(Topics.RENDERS));
        calls = driver.createInputTopic(Topics.CALL_RESULTS.name(), keys, EventSerde.of(Topics.CALL_RESULTS));
        rawCalls = driver.createInputTopic(Topics.CALL_RESULTS.name(), keys, new ByteArraySerializer());
        results = driver.createOutputTopic(Topics.RESULTS.name(), new StringDeserializer(), EventSerde.of(Topics.RESULTS));
    }

    void send(JobCommand command) {
        jobs.pipeInput(command.key(), command);
    }

    void send(JobCommand command, Headers headers) {
        jobs.pipeInput(new TestRecord<>(command.key(), command, headers));
    }

    void send(RenderEvent render) {
        renders.pipeInput(render.jobId(), render);
    }

    void send(ModelCallCompleted call) {
        calls.pipeInput(call.jobId(), call);
    }

    void send(ModelCallCompleted call, Headers headers) {
        calls.pipeInput(new TestRecord<>(call.jobId(), call, headers));
    }

    void sendRawCall(String jobId, byte[] value) {
        rawCalls.pipeInput(jobId, value);
    }

    /** Every result emitted since the last call, once pending batch progress is due. */
    List<ResultEvent> drain() {
        driver.advanceWallClockTime(LogSinkTopology.PROGRESS_INTERVAL);
        return results.readValuesToList();
    }

    /** As {@link #drain()}, each result with its record's headers. */
    List<TestRecord<String, ResultEvent>> drainRecords() {
        driver.advanceWallClockTime(LogSinkTopology.PROGRESS_INTERVAL);
        return results.readRecordsToList();
    }

    void advanceWallClock(Duration by) {
        driver.advanceWallClockTime(by);
    }

    KeyValueStore<String, JobState> jobStore() {
        return driver.getKeyValueStore(LogSinkTopology.JOB_STORE);
    }

    KeyValueStore<String, BatchState> batchStore() {
        return driver.getKeyValueStore(LogSinkTopology.BATCH_STORE);
    }

    KeyValueStore<String, String> traceStore() {
        return driver.getKeyValueStore(LogSinkTopology.TRACE_STORE);
    }

    /** Every result emitted since the last call, without letting wall-clock time pass. */
    List<ResultEvent> readNow() {
        return results.readValuesToList();
    }

    static List<JobCompleted> completions(List<ResultEvent> events) {
        return events.stream().filter(JobCompleted.class::isInstance).map(JobCompleted.class::cast).toList();
    }

    static List<BatchProgressed> progress(List<ResultEvent> events) {
        return events.stream().filter(BatchProgressed.class::isInstance).map(BatchProgressed.class::cast).toList();
    }

    @Override
    public void close() {
        driver.close();
    }
}
