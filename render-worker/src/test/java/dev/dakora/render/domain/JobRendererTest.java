package dev.dakora.render.domain;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.JobType;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.RenderCompleted;
import dev.dakora.common.event.RenderFailed;
import dev.dakora.common.render.RenderLimits;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.InvalidSpecException;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.render.support.Jobs;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobRendererTest {

    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");

    private final JobRenderer jobs = new JobRenderer(new TemplateRenderer(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void should_fan_out_one_call_per_model_in_request_order_when_compare_job_renders() {
        // given
        var job = Jobs.compare("job-1", "gpt-4o-mini", "claude-3-haiku", "echo");

        // when
        RenderOutcome outcome = jobs.render(job);

        // then
        assertThat(outcome.event()).isEqualTo(new RenderCompleted("job-1", null, null, "Hello Ada!",
                java.util.List.of("job-1:gpt-4o-mini:0", "job-1:claude-3-haiku:0", "job-1:echo:0"), NOW));
        assertThat(outcome.calls()).extracting(ModelCallRequested::model)
                .containsExactly("gpt-4o-mini", "claude-3-haiku", "echo");
        assertThat(outcome.calls()).allSatisfy(call -> {
            assertThat(call.prompt()).isEqualTo("Hello Ada!");
            assertThat(call.jobId()).isEqualTo("job-1");
            assertThat(call.templateId()).isEqualTo("greeting");
            assertThat(call.version()).isEqualTo("1.2.0");
            assertThat(call.params()).isEqualTo(new CallParams(0.2, 64, null, Map.of()));
            assertThat(call.inputs()).isEqualTo(Map.of("name", "Ada"));
            assertThat(call.requestedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void should_number_samples_per_model_when_a_model_is_requested_more_than_once() {
        // given
        var job = Jobs.compare("job-2", "echo", "echo", "gpt-4o-mini", "echo");

        // when
        RenderOutcome outcome = jobs.render(job);

        // then
        assertThat(outcome.calls()).extracting(ModelCallRequested::model, ModelCallRequested::sample)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("echo", 0), org.assertj.core.groups.Tuple.tuple("echo", 1),
                        org.assertj.core.groups.Tuple.tuple("gpt-4o-mini", 0), org.assertj.core.groups.Tuple.tuple("echo", 2));
        assertThat(outcome.calls()).extracting(ModelCallRequested::callId)
                .containsExactly("job-2:echo:0", "job-2:echo:1", "job-2:gpt-4o-mini:0", "job-2:echo:2");
    }

    @Test
    void should_give_the_same_call_ids_when_the_same_job_is_rendered_again() {
        // given
        var job = Jobs.compare("job-3", "echo", "echo");

        // when
        RenderOutcome first = jobs.render(job);
        RenderOutcome second = jobs.render(job);

        // then
        assertThat(second.calls()).extracting(ModelCallRequested::callId)
                .containsExactlyElementsOf(first.calls().stream().map(ModelCallRequested::callId).toList());
        assertThat(((RenderCompleted) second.event()).callIds()).isEqualTo(((RenderCompleted) first.event()).callIds());
    }

    @Test
    void should_request_no_model_calls_when_the_job_only_renders() {
        // given
        var job = Jobs.render("job-4");

        // when
        RenderOutcome outcome = jobs.render(job);

        // then
        assertThat(outcome.event()).isEqualTo(new RenderCompleted("job-4", null, null, "Hello Ada!", java.util.List.of(), NOW));
        assertThat(outcome.calls()).isEmpty();
    }

    @Test
    void should_copy_the_jobs_eval_context_onto_each_call_when_the_job_is_part_of_an_experiment() {
        // given
        EvalContext eval = EvalContext.of("exp-1", 4, "Hello Ada!");
        var job = Jobs.compare("job-7", "echo", "echo").withEval(eval);

        // when
        RenderOutcome outcome = jobs.render(job);

        // then
        assertThat(outcome.calls()).hasSize(2).extracting(ModelCallRequested::eval).containsOnly(eval);
    }

    @Test
    void should_leave_calls_without_eval_context_when_the_job_is_outside_experiments() {
        RenderOutcome outcome = jobs.render(Jobs.compare("job-8", "echo"));

        assertThat(outcome.calls()).singleElement().extracting(ModelCallRequested::eval).isNull();
    }

    @Test
    void should_carry_batch_and_row_when_the_job_belongs_to_a_batch() {
        // given
        var job = Jobs.withTemplate("job-5", "Hi {{ name }}", Map.of("name", "Bo"), "echo");

        // when
        RenderOutcome outcome = jobs.render(job);

        // then
        assertThat(outcome.event().batchId()).isEqualTo("batch-1");
        assertThat(outcome.calls()).singleElement().satisfies(call -> {
            assertThat(call.batchId()).isEqualTo("batch-1");
            assertThat(call.rowIndex()).isEqualTo(3);
            assertThat(call.prompt()).isEqualTo("Hi Bo");
        });
    }

    @Test
    void should_fail_the_job_with_the_input_error_when_a_required_input_is_missing() {
        // given
        var job = Jobs.withSnapshot("job-6", Jobs.compare("x", "echo").template(), "echo");

        // when
        RenderOutcome outcome = jobs.render(job);

        // then
        assertThat(outcome.event()).isInstanceOfSatisfying(RenderFailed.class, failed -> {
            assertThat(failed.jobId()).isEqualTo("job-6");
            assertThat(failed.error()).contains("name");
            assertThat(failed.failedAt()).isEqualTo(NOW);
        });
        assertThat(outcome.calls()).isEmpty();
    }

    @Test
    void should_fail_the_job_with_the_render_error_when_the_template_does_not_parse() {
        // given
        var job = Jobs.withTemplate("job-7", "Hello {{ name ", Map.of(), "echo", "echo");

        // when
        RenderOutcome outcome = jobs.render(job);

        // then
        assertThat(outcome.event()).isInstanceOfSatisfying(RenderFailed.class, failed -> {
            assertThat(failed.error()).isNotBlank();
            assertThat(failed.batchId()).isEqualTo("batch-1");
            assertThat(failed.rowIndex()).isEqualTo(3);
        });
        assertThat(outcome.calls()).isEmpty();
    }

    @Test
    void should_fail_the_job_when_the_render_exceeds_the_configured_loop_limit() {
        // given
        var limited = new JobRenderer(new TemplateRenderer(new RenderLimits(1_000, 10, 50, Duration.ofSeconds(2), 4, 10)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        var job = Jobs.withTemplate("job-8", "{% for i in range(8) %}{% for j in range(8) %}x{% endfor %}{% endfor %}", Map.of(), "echo");

        // when
        RenderOutcome outcome = limited.render(job);

        // then
        assertThat(outcome.event()).isInstanceOfSatisfying(RenderFailed.class,
                failed -> assertThat(failed.error()).contains("iterations"));
        assertThat(outcome.calls()).isEmpty();
        assertThat(jobs.render(job).event()).isInstanceOf(RenderCompleted.class);
    }

    @Test
    void should_ask_every_call_for_the_response_cache_when_the_template_metadata_says_cache_true() {
        // given
        TemplateSpec cachedTemplate = new TemplateSpec("greeting", "1.2.0", null, "Hello {{ name }}!", Jobs.GREETING.inputs(),
                Map.of("cache", true));
        var job = JobSubmitted.of("job-c", JobType.COMPARE, null, null, cachedTemplate, Map.of("name", "Ada"),
                List.of("echo"), new CallParams(0.2, 64, null, Map.of()), NOW);

        // when / then
        assertThat(jobs.render(job).calls()).singleElement()
                .satisfies(call -> assertThat(call.params()).isEqualTo(new CallParams(0.2, 64, null, Map.of("cache", true))));
    }

    @Test
    void should_leave_the_params_as_the_job_gave_them_when_the_template_does_not_ask_for_the_cache_or_the_job_says_no() {
        // given
        TemplateSpec cachedTemplate = new TemplateSpec("greeting", "1.2.0", null, "Hello {{ name }}!", Jobs.GREETING.inputs(),
                Map.of("cache", true));
        var optedOut = JobSubmitted.of("job-d", JobType.COMPARE, null, null, cachedTemplate, Map.of("name", "Ada"),
                List.of("echo"), new CallParams(null, null, null, Map.of("cache", false)), NOW);

        // when / then
        assertThat(jobs.render(Jobs.compare("job-e", "echo")).calls().getFirst().params().extra()).doesNotContainKey("cache");
        assertThat(jobs.render(optedOut).calls().getFirst().params().extra()).containsEntry("cache", false);
    }

    @Test
    void should_reject_the_job_when_its_template_snapshot_is_not_a_spec() {
        // given
        var job = Jobs.withSnapshot("job-9", Map.of("id", "no-template-here"), "echo");

        // when / then
        assertThatThrownBy(() -> jobs.render(job)).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("template");
    }
}
