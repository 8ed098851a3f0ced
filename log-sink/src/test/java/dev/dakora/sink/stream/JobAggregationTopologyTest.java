package dev.dakora.sink.stream;

import dev.dakora.common.event.JobCompleted;
import dev.dakora.common.event.JobStatus;
import dev.dakora.common.event.JobType;
import dev.dakora.common.event.ModelResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.dakora.sink.stream.TopologyHarness.completions;
import static dev.dakora.sink.support.TestEvents.cancelled;
import static dev.dakora.sink.support.TestEvents.cancelledCall;
import static dev.dakora.sink.support.TestEvents.compareJob;
import static dev.dakora.sink.support.TestEvents.failed;
import static dev.dakora.sink.support.TestEvents.renderFailed;
import static dev.dakora.sink.support.TestEvents.renderJob;
import static dev.dakora.sink.support.TestEvents.rendered;
import static dev.dakora.sink.support.TestEvents.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

class JobAggregationTopologyTest extends TopologyTest {

    private static final List<String> MODELS = List.of("gpt-4o-mini", "claude-3-5-haiku-latest", "gemini-2.0-flash");

    @Test
    void should_complete_render_job_when_it_renders() {
        // given
        harness.send(renderJob("r1"));
        assertThat(completions(harness.drain())).isEmpty();

        // when
        harness.send(rendered("r1", null, null, List.of()));

        // then
        List<JobCompleted> completed = completions(harness.drain());
        assertThat(completed).singleElement().satisfies(job -> {
            assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
            assertThat(job.type()).isEqualTo(JobType.RENDER);
            assertThat(job.rendered()).isEqualTo("Hello row null");
            assertThat(job.templateId()).isEqualTo("greeting");
            assertThat(job.version()).isEqualTo("1.0.0");
            assertThat(job.result()).isNull();
        });
    }

    @Test
    void should_not_complete_job_when_its_submission_was_not_seen() {
        // given no JobSubmitted
        // when
        harness.send(rendered("r2", null, null, List.of()));

        // then
        assertThat(completions(harness.drain())).isEmpty();

        // and when the submission arrives late, the job completes
        harness.send(renderJob("r2"));
        assertThat(completions(harness.drain())).singleElement()
                .satisfies(job -> assertThat(job.status()).isEqualTo(JobStatus.COMPLETED));
    }

    @Test
    void should_complete_compare_job_with_results_in_request_order_when_every_call_returned() {
        // given
        harness.send(compareJob("c1", null, null, MODELS));
        harness.send(rendered("c1", null, null, MODELS));

        // when: results come back in reverse order, one of them failed
        harness.send(succeeded("c1", null, null, MODELS.get(2)));
        harness.send(failed("c1", null, null, MODELS.get(1)));
        assertThat(completions(harness.drain())).as("one call still outstanding").isEmpty();
        harness.send(succeeded("c1", null, null, MODELS.get(0)));

        // then
        JobCompleted job = completions(harness.drain()).getFirst();
        assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.result().results()).extracting(ModelResult::model).containsExactlyElementsOf(MODELS);
        assertThat(job.result().successfulCount()).isEqualTo(2);
        assertThat(job.result().failedCount()).isEqualTo(1);
        assertThat(job.result().totalTokensIn()).isEqualTo(20);
        assertThat(job.result().totalCostUsd()).isEqualByComparingTo(new BigDecimal("0.002"));
        assertThat(job.result().results().get(1).error()).isEqualTo("no API key for provider anthropic");
    }

    @Test
    void should_count_a_redelivered_call_result_once_when_it_arrives_twice() {
        // given
        harness.send(compareJob("c2", null, null, MODELS.subList(0, 2)));
        harness.send(rendered("c2", null, null, MODELS.subList(0, 2)));

        // when: the first result twice, the second not yet
        harness.send(succeeded("c2", null, null, MODELS.get(0)));
        harness.send(succeeded("c2", null, null, MODELS.get(0)));

        // then: a duplicate does not stand in for the missing call
        assertThat(completions(harness.drain())).isEmpty();

        // and when the second arrives, then again after completion
        harness.send(succeeded("c2", null, null, MODELS.get(1)));
        harness.send(succeeded("c2", null, null, MODELS.get(1)));
        List<JobCompleted> completed = completions(harness.drain());
        assertThat(completed).hasSize(1);
        assertThat(completed.getFirst().result().results()).hasSize(2);
    }

    @Test
    void should_complete_job_when_call_results_arrive_before_the_render() {
        // given
        harness.send(compareJob("c3", null, null, MODELS.subList(0, 2)));
        harness.send(succeeded("c3", null, null, MODELS.get(1)));
        harness.send(succeeded("c3", null, null, MODELS.get(0)));
        assertThat(completions(harness.drain())).as("render not seen yet").isEmpty();

        // when
        harness.send(rendered("c3", null, null, MODELS.subList(0, 2)));

        // then
        JobCompleted job = completions(harness.drain()).getFirst();
        assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.rendered()).isEqualTo("Hello row null");
        assertThat(job.result().results()).extracting(ModelResult::model).containsExactlyElementsOf(MODELS.subList(0, 2));
    }

    @Test
    void should_fail_job_with_the_render_error_when_render_fails() {
        // given
        harness.send(compareJob("f1", null, null, MODELS));

        // when
        harness.send(renderFailed("f1", null, null));

        // then
        JobCompleted job = completions(harness.drain()).getFirst();
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.error()).isEqualTo("undefined variable 'other' at line 1");
        assertThat(job.result()).isNull();
    }

    @Test
    void should_complete_as_cancelled_when_outstanding_calls_come_back_cancelled() {
        // given
        harness.send(compareJob("x1", null, null, MODELS.subList(0, 2)));
        harness.send(rendered("x1", null, null, MODELS.subList(0, 2)));
        harness.send(succeeded("x1", null, null, MODELS.get(0)));

        // when
        harness.send(cancelled("x1", null));

        // then: still waiting for the outstanding call
        assertThat(completions(harness.drain())).isEmpty();
        harness.send(cancelledCall("x1", null, null, MODELS.get(1)));
        JobCompleted job = completions(harness.drain()).getFirst();
        assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(job.result().successfulCount()).isEqualTo(1);
        assertThat(job.result().results().get(1).error()).isEqualTo("cancelled before it was sent");
    }

    @Test
    void should_stay_completed_when_cancel_arrives_after_every_call_returned() {
        // given
        harness.send(compareJob("x2", null, null, MODELS.subList(0, 1)));
        harness.send(rendered("x2", null, null, MODELS.subList(0, 1)));
        harness.send(succeeded("x2", null, null, MODELS.get(0)));
        assertThat(completions(harness.drain())).singleElement()
                .satisfies(job -> assertThat(job.status()).isEqualTo(JobStatus.COMPLETED));

        // when
        harness.send(cancelled("x2", null));

        // then
        assertThat(harness.drain()).isEmpty();
    }

    @Test
    void should_cancel_at_once_when_cancelled_before_it_rendered() {
        // given
        harness.send(compareJob("x3", null, null, MODELS));

        // when
        harness.send(cancelled("x3", null));

        // then
        JobCompleted job = completions(harness.drain()).getFirst();
        assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(job.result()).isNull();
    }

    @Test
    void should_skip_a_record_that_does_not_deserialize_and_go_on() {
        // given
        harness.send(renderJob("p1"));

        // when
        harness.sendRawCall("p1", "{not json".getBytes(StandardCharsets.UTF_8));
        harness.send(rendered("p1", null, null, List.of()));

        // then
        assertThat(completions(harness.drain())).singleElement()
                .satisfies(job -> assertThat(job.jobId()).isEqualTo("p1"));
    }
}
