package dev.dakora.sink.stream;

import dev.dakora.common.event.BatchProgressed;
import dev.dakora.common.event.JobStatus;
import dev.dakora.common.event.ResultEvent;
import dev.dakora.sink.domain.JobState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static dev.dakora.sink.stream.TopologyHarness.completions;
import static dev.dakora.sink.stream.TopologyHarness.progress;
import static dev.dakora.sink.support.TestEvents.batch;
import static dev.dakora.sink.support.TestEvents.cancelled;
import static dev.dakora.sink.support.TestEvents.cancelledCall;
import static dev.dakora.sink.support.TestEvents.compareJob;
import static dev.dakora.sink.support.TestEvents.rendered;
import static dev.dakora.sink.support.TestEvents.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

/** The aggregation when its input is read again or late, as after a crash of any role. */
class ReplayTopologyTest extends TopologyTest {

    private static final List<String> MODELS = List.of("gpt-4o-mini", "o3-mini");

    @Test
    void should_emit_no_second_completion_and_lower_no_counter_when_every_record_is_read_again() {
        // given: a batch of three jobs, all final
        sendBatch("r1", 3);
        List<ResultEvent> first = harness.drain();
        assertThat(completions(first)).hasSize(3);

        // when: every record arrives a second time
        sendBatch("r1", 3);
        List<ResultEvent> again = harness.drain();

        // then
        assertThat(completions(again)).isEmpty();
        List<BatchProgressed> reports = new ArrayList<>(progress(first));
        reports.addAll(progress(again));
        assertThat(reports).isSortedAccordingTo(Comparator.comparingInt(BatchProgressed::completedCalls))
                .isSortedAccordingTo(Comparator.comparingInt(BatchProgressed::completedJobs));
        assertThat(reports.getLast().completedCalls()).isEqualTo(6);
        assertThat(reports.getLast().completedJobs()).isEqualTo(3);
        assertThat(reports.getLast().status()).isEqualTo(JobStatus.COMPLETED);
    }

    @Test
    void should_keep_a_final_job_final_when_its_earlier_events_and_a_cancel_arrive_after_it() {
        // given: a completed job
        harness.send(compareJob("r2", null, null, MODELS));
        harness.send(rendered("r2", null, null, MODELS));
        MODELS.forEach(model -> harness.send(succeeded("r2", null, null, model)));
        assertThat(completions(harness.drain())).singleElement()
                .satisfies(done -> assertThat(done.status()).isEqualTo(JobStatus.COMPLETED));

        // when: late and out of order, its submission, its render, a cancellation and a cancelled call result
        harness.send(cancelled("r2", null));
        harness.send(rendered("r2", null, null, MODELS));
        harness.send(compareJob("r2", null, null, MODELS));
        harness.send(cancelledCall("r2", null, null, MODELS.get(0)));

        // then
        assertThat(completions(harness.drain())).isEmpty();
        JobState state = harness.jobStore().get("r2");
        assertThat(state.finalStatus()).isEqualTo(JobStatus.COMPLETED);
    }

    private void sendBatch(String batchId, int rows) {
        harness.send(batch(batchId, rows, MODELS));
        for (int row = 0; row < rows; row++) {
            String jobId = batchId + "-" + row;
            harness.send(compareJob(jobId, batchId, row, MODELS));
            harness.send(rendered(jobId, batchId, row, MODELS));
            for (String model : MODELS) {
                harness.send(succeeded(jobId, batchId, row, model));
            }
        }
    }
}
