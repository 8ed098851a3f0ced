package dev.dakora.sink.stream;

import dev.dakora.common.event.JobStatus;
import dev.dakora.sink.domain.JobState;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.dakora.sink.stream.TopologyHarness.completions;
import static dev.dakora.sink.support.TestEvents.AT;
import static dev.dakora.sink.support.TestEvents.batch;
import static dev.dakora.sink.support.TestEvents.compareJob;
import static dev.dakora.sink.support.TestEvents.rendered;
import static dev.dakora.sink.support.TestEvents.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

class FinishedStatesTopologyTest extends TopologyTest {

    private static final List<String> MODELS = List.of("gpt-4o-mini", "claude-3-5-haiku-latest");
    private static final Duration RETENTION = Duration.ofHours(24);
    /** one sweep interval: a 24th of the retention */
    private static final Duration SWEEP = Duration.ofHours(1);

    /** The wall clock starts just after the test events' times. */
    @Override
    TopologyHarness harness(Path stateDirectory) {
        return new TopologyHarness(stateDirectory, RETENTION, AT.plusSeconds(10));
    }

    @Test
    void should_keep_a_final_job_for_the_retention_then_forget_it() {
        // given
        runJob("j1", null, null);
        assertThat(harness.jobStore().get("j1").finishedAt()).as("the time of the last call").isEqualTo(AT.plusSeconds(3));

        // when
        harness.advanceWallClock(RETENTION.minus(SWEEP));

        // then
        assertThat(harness.jobStore().get("j1")).isNotNull();
        harness.send(succeeded("j1", null, null, MODELS.get(0)));
        assertThat(completions(harness.readNow())).as("a call delivered again within the retention").isEmpty();

        // when
        harness.advanceWallClock(SWEEP.multipliedBy(2));

        // then
        assertThat(harness.jobStore().get("j1")).isNull();
    }

    @Test
    void should_never_forget_an_open_job() {
        // given
        harness.send(compareJob("j2", null, null, MODELS));
        harness.send(rendered("j2", null, null, MODELS));
        harness.send(succeeded("j2", null, null, MODELS.get(0)));

        // when
        harness.advanceWallClock(RETENTION.multipliedBy(3));

        // then
        JobState open = harness.jobStore().get("j2");
        assertThat(open.finished()).isFalse();
        harness.send(succeeded("j2", null, null, MODELS.get(1)));
        assertThat(completions(harness.readNow())).singleElement()
                .satisfies(completed -> assertThat(completed.status()).isEqualTo(JobStatus.COMPLETED));
    }

    @Test
    void should_date_a_final_state_written_without_its_finishing_time_and_forget_it_a_retention_later() {
        // given a final state as the previous version stored it
        runJob("j3", null, null);
        JobState undated = harness.jobStore().get("j3");
        harness.jobStore().put("j3", new JobState(undated.jobId(), undated.type(), undated.batchId(),
                undated.rowIndex(), undated.templateId(), undated.version(), undated.submitted(), undated.rendered(),
                undated.expectedCallIds(), undated.renderError(), undated.cancelledAt(), undated.calls(),
                undated.finalStatus(), null));

        // when the first sweep runs
        harness.advanceWallClock(SWEEP);

        // then it is dated then, and kept
        assertThat(harness.jobStore().get("j3").finishedAt()).isEqualTo(AT.plusSeconds(10).plus(SWEEP));

        // when
        harness.advanceWallClock(RETENTION.plus(SWEEP));

        // then
        assertThat(harness.jobStore().get("j3")).isNull();
    }

    @Test
    void should_forget_a_completed_batch_after_the_retention_and_keep_a_running_one() {
        // given
        harness.send(batch("done", 1, MODELS));
        runJob("done-0", "done", 0);
        harness.send(batch("running", 2, MODELS));
        runJob("running-0", "running", 0);
        harness.drain();
        assertThat(harness.batchStore().get("done").status()).isEqualTo(JobStatus.COMPLETED);

        // when
        harness.advanceWallClock(RETENTION.plus(SWEEP));

        // then
        assertThat(harness.batchStore().get("done")).isNull();
        assertThat(harness.batchStore().get("running")).isNotNull();
        assertThat(harness.batchStore().get("running").status()).isEqualTo(JobStatus.RUNNING);
    }

    @Test
    void should_forget_a_completed_batchs_trace_context_with_it_and_keep_a_running_ones() {
        // given
        harness.send(batch("done", 1, MODELS), traced("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        runJob("done-0", "done", 0);
        harness.send(batch("running", 2, MODELS), traced("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        runJob("running-0", "running", 0);
        harness.drain();
        assertThat(harness.traceStore().get("done")).isNotNull();

        // when
        harness.advanceWallClock(RETENTION.plus(SWEEP));

        // then
        assertThat(harness.traceStore().get("done")).isNull();
        assertThat(harness.traceStore().get("running")).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    private static Headers traced(String traceparent) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private void runJob(String jobId, String batchId, Integer row) {
        harness.send(compareJob(jobId, batchId, row, MODELS));
        harness.send(rendered(jobId, batchId, row, MODELS));
        MODELS.forEach(model -> harness.send(succeeded(jobId, batchId, row, model)));
        assertThat(completions(harness.readNow())).hasSize(1);
    }
}
